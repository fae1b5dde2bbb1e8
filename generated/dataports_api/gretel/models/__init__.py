"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562) so that importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accepted_response import AcceptedResponse
    from .accepted_response_data import AcceptedResponseData
    from .detect_entities_body_item import DetectEntitiesBodyItem
    from .detect_entities_response import DetectEntitiesResponse
    from .detected_records import DetectedRecords
    from .detected_records_records_item import DetectedRecordsRecordsItem
    from .entity_count import EntityCount
    from .entity_list import EntityList
    from .error import Error
    from .error_context import ErrorContext
    from .field_detail import FieldDetail
    from .field_detail_entities_item import FieldDetailEntitiesItem
    from .field_detail_types_item import FieldDetailTypesItem
    from .field_entities_response import FieldEntitiesResponse
    from .field_list import FieldList
    from .field_schema_response import FieldSchemaResponse
    from .get_field_schema_detail import GetFieldSchemaDetail
    from .get_field_schema_filter import GetFieldSchemaFilter
    from .project import Project
    from .project_create import ProjectCreate
    from .project_created import ProjectCreated
    from .project_created_response import ProjectCreatedResponse
    from .project_list import ProjectList
    from .project_list_response import ProjectListResponse
    from .project_response import ProjectResponse
    from .project_wrapper import ProjectWrapper
    from .record_page import RecordPage
    from .record_stream_response import RecordStreamResponse
    from .sample_catalogue import SampleCatalogue
    from .samples import Samples
    from .samples_response import SamplesResponse
    from .samples_samples_type_1_item import SamplesSamplesType1Item
    from .send_failure import SendFailure
    from .send_records_detection_mode import SendRecordsDetectionMode
    from .send_records_response import SendRecordsResponse
    from .send_result import SendResult
    from .send_success import SendSuccess
    from .stream_records_flatten import StreamRecordsFlatten
    from .stream_records_with_meta import StreamRecordsWithMeta
    from .streamed_record import StreamedRecord
    from .streamed_record_data import StreamedRecordData
    from .streamed_record_metadata import StreamedRecordMetadata

_MODULE_OF = {
    "AcceptedResponse": ".accepted_response",
    "AcceptedResponseData": ".accepted_response_data",
    "DetectEntitiesBodyItem": ".detect_entities_body_item",
    "DetectEntitiesResponse": ".detect_entities_response",
    "DetectedRecords": ".detected_records",
    "DetectedRecordsRecordsItem": ".detected_records_records_item",
    "EntityCount": ".entity_count",
    "EntityList": ".entity_list",
    "Error": ".error",
    "ErrorContext": ".error_context",
    "FieldDetail": ".field_detail",
    "FieldDetailEntitiesItem": ".field_detail_entities_item",
    "FieldDetailTypesItem": ".field_detail_types_item",
    "FieldEntitiesResponse": ".field_entities_response",
    "FieldList": ".field_list",
    "FieldSchemaResponse": ".field_schema_response",
    "GetFieldSchemaDetail": ".get_field_schema_detail",
    "GetFieldSchemaFilter": ".get_field_schema_filter",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectCreated": ".project_created",
    "ProjectCreatedResponse": ".project_created_response",
    "ProjectList": ".project_list",
    "ProjectListResponse": ".project_list_response",
    "ProjectResponse": ".project_response",
    "ProjectWrapper": ".project_wrapper",
    "RecordPage": ".record_page",
    "RecordStreamResponse": ".record_stream_response",
    "SampleCatalogue": ".sample_catalogue",
    "Samples": ".samples",
    "SamplesResponse": ".samples_response",
    "SamplesSamplesType1Item": ".samples_samples_type_1_item",
    "SendFailure": ".send_failure",
    "SendRecordsDetectionMode": ".send_records_detection_mode",
    "SendRecordsResponse": ".send_records_response",
    "SendResult": ".send_result",
    "SendSuccess": ".send_success",
    "StreamRecordsFlatten": ".stream_records_flatten",
    "StreamRecordsWithMeta": ".stream_records_with_meta",
    "StreamedRecord": ".streamed_record",
    "StreamedRecordData": ".streamed_record_data",
    "StreamedRecordMetadata": ".streamed_record_metadata",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AcceptedResponse",
    "AcceptedResponseData",
    "DetectEntitiesBodyItem",
    "DetectEntitiesResponse",
    "DetectedRecords",
    "DetectedRecordsRecordsItem",
    "EntityCount",
    "EntityList",
    "Error",
    "ErrorContext",
    "FieldDetail",
    "FieldDetailEntitiesItem",
    "FieldDetailTypesItem",
    "FieldEntitiesResponse",
    "FieldList",
    "FieldSchemaResponse",
    "GetFieldSchemaDetail",
    "GetFieldSchemaFilter",
    "Project",
    "ProjectCreate",
    "ProjectCreated",
    "ProjectCreatedResponse",
    "ProjectList",
    "ProjectListResponse",
    "ProjectResponse",
    "ProjectWrapper",
    "RecordPage",
    "RecordStreamResponse",
    "SampleCatalogue",
    "Samples",
    "SamplesResponse",
    "SamplesSamplesType1Item",
    "SendFailure",
    "SendRecordsDetectionMode",
    "SendRecordsResponse",
    "SendResult",
    "SendSuccess",
    "StreamRecordsFlatten",
    "StreamRecordsWithMeta",
    "StreamedRecord",
    "StreamedRecordData",
    "StreamedRecordMetadata",
)
