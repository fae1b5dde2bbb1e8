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
    from .detected_record import DetectedRecord
    from .detected_records import DetectedRecords
    from .entity_label import EntityLabel
    from .entity_list import EntityList
    from .entity_summary import EntitySummary
    from .error import Error
    from .error_context_type_0 import ErrorContextType0
    from .field_detail import FieldDetail
    from .field_entities_response import FieldEntitiesResponse
    from .field_entity import FieldEntity
    from .field_list import FieldList
    from .field_metadata import FieldMetadata
    from .field_schema_response import FieldSchemaResponse
    from .get_field_schema_detail import GetFieldSchemaDetail
    from .get_field_schema_filter import GetFieldSchemaFilter
    from .ner_result import NerResult
    from .project import Project
    from .project_create import ProjectCreate
    from .project_created import ProjectCreated
    from .project_created_response import ProjectCreatedResponse
    from .project_list import ProjectList
    from .project_list_response import ProjectListResponse
    from .project_response import ProjectResponse
    from .project_wrapper import ProjectWrapper
    from .record import Record
    from .record_entities import RecordEntities
    from .record_entities_fields_by_entity import RecordEntitiesFieldsByEntity
    from .record_metadata import RecordMetadata
    from .record_metadata_fields import RecordMetadataFields
    from .record_page import RecordPage
    from .record_stream_response import RecordStreamResponse
    from .sample_catalogue import SampleCatalogue
    from .samples import Samples
    from .samples_response import SamplesResponse
    from .send_failure import SendFailure
    from .send_records_detection_mode import SendRecordsDetectionMode
    from .send_records_response import SendRecordsResponse
    from .send_result import SendResult
    from .send_success import SendSuccess
    from .stream_records_flatten import StreamRecordsFlatten
    from .stream_records_with_meta import StreamRecordsWithMeta
    from .streamed_record import StreamedRecord

_MODULE_OF = {
    "AcceptedResponse": ".accepted_response",
    "AcceptedResponseData": ".accepted_response_data",
    "DetectEntitiesBodyItem": ".detect_entities_body_item",
    "DetectEntitiesResponse": ".detect_entities_response",
    "DetectedRecord": ".detected_record",
    "DetectedRecords": ".detected_records",
    "EntityLabel": ".entity_label",
    "EntityList": ".entity_list",
    "EntitySummary": ".entity_summary",
    "Error": ".error",
    "ErrorContextType0": ".error_context_type_0",
    "FieldDetail": ".field_detail",
    "FieldEntitiesResponse": ".field_entities_response",
    "FieldEntity": ".field_entity",
    "FieldList": ".field_list",
    "FieldMetadata": ".field_metadata",
    "FieldSchemaResponse": ".field_schema_response",
    "GetFieldSchemaDetail": ".get_field_schema_detail",
    "GetFieldSchemaFilter": ".get_field_schema_filter",
    "NerResult": ".ner_result",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectCreated": ".project_created",
    "ProjectCreatedResponse": ".project_created_response",
    "ProjectList": ".project_list",
    "ProjectListResponse": ".project_list_response",
    "ProjectResponse": ".project_response",
    "ProjectWrapper": ".project_wrapper",
    "Record": ".record",
    "RecordEntities": ".record_entities",
    "RecordEntitiesFieldsByEntity": ".record_entities_fields_by_entity",
    "RecordMetadata": ".record_metadata",
    "RecordMetadataFields": ".record_metadata_fields",
    "RecordPage": ".record_page",
    "RecordStreamResponse": ".record_stream_response",
    "SampleCatalogue": ".sample_catalogue",
    "Samples": ".samples",
    "SamplesResponse": ".samples_response",
    "SendFailure": ".send_failure",
    "SendRecordsDetectionMode": ".send_records_detection_mode",
    "SendRecordsResponse": ".send_records_response",
    "SendResult": ".send_result",
    "SendSuccess": ".send_success",
    "StreamRecordsFlatten": ".stream_records_flatten",
    "StreamRecordsWithMeta": ".stream_records_with_meta",
    "StreamedRecord": ".streamed_record",
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
    "DetectedRecord",
    "DetectedRecords",
    "EntityLabel",
    "EntityList",
    "EntitySummary",
    "Error",
    "ErrorContextType0",
    "FieldDetail",
    "FieldEntitiesResponse",
    "FieldEntity",
    "FieldList",
    "FieldMetadata",
    "FieldSchemaResponse",
    "GetFieldSchemaDetail",
    "GetFieldSchemaFilter",
    "NerResult",
    "Project",
    "ProjectCreate",
    "ProjectCreated",
    "ProjectCreatedResponse",
    "ProjectList",
    "ProjectListResponse",
    "ProjectResponse",
    "ProjectWrapper",
    "Record",
    "RecordEntities",
    "RecordEntitiesFieldsByEntity",
    "RecordMetadata",
    "RecordMetadataFields",
    "RecordPage",
    "RecordStreamResponse",
    "SampleCatalogue",
    "Samples",
    "SamplesResponse",
    "SendFailure",
    "SendRecordsDetectionMode",
    "SendRecordsResponse",
    "SendResult",
    "SendSuccess",
    "StreamRecordsFlatten",
    "StreamRecordsWithMeta",
    "StreamedRecord",
)
