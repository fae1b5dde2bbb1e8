"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562) so that importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analytic import Analytic
    from .analytic_doc import AnalyticDoc
    from .analytic_doc_info import AnalyticDocInfo
    from .analytic_doc_input import AnalyticDocInput
    from .analytic_doc_output import AnalyticDocOutput
    from .analytic_doc_parameter import AnalyticDocParameter
    from .analytic_image_type import AnalyticImageType
    from .analytic_response import AnalyticResponse
    from .analytic_type import AnalyticType
    from .analytics_batch_action import AnalyticsBatchAction
    from .analytics_batch_item import AnalyticsBatchItem
    from .analytics_batch_request import AnalyticsBatchRequest
    from .analytics_batch_response import AnalyticsBatchResponse
    from .analytics_batch_response_responses import AnalyticsBatchResponseResponses
    from .analytics_list_response import AnalyticsListResponse
    from .analytics_query_response import AnalyticsQueryResponse
    from .batch_item_error import BatchItemError
    from .data_batch_action import DataBatchAction
    from .data_batch_item import DataBatchItem
    from .data_batch_request import DataBatchRequest
    from .data_batch_response import DataBatchResponse
    from .data_batch_response_responses import DataBatchResponseResponses
    from .data_details import DataDetails
    from .data_list_response import DataListResponse
    from .data_query_response import DataQueryResponse
    from .data_response import DataResponse
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .job import Job
    from .job_compute_mode import JobComputeMode
    from .job_request import JobRequest
    from .job_request_input import JobRequestInput
    from .job_request_input_inputs import JobRequestInputInputs
    from .job_request_input_parameters import JobRequestInputParameters
    from .job_request_inputs import JobRequestInputs
    from .job_request_parameters import JobRequestParameters
    from .job_response import JobResponse
    from .job_status import JobStatus
    from .job_status_inputs import JobStatusInputs
    from .job_status_message import JobStatusMessage
    from .job_status_posted_data import JobStatusPostedData
    from .jobs_batch_action import JobsBatchAction
    from .jobs_batch_item import JobsBatchItem
    from .jobs_batch_request import JobsBatchRequest
    from .jobs_batch_response import JobsBatchResponse
    from .jobs_batch_response_responses import JobsBatchResponseResponses
    from .jobs_list_response import JobsListResponse
    from .jobs_query_response import JobsQueryResponse
    from .platform_status_response import PlatformStatusResponse
    from .platform_statuses import PlatformStatuses
    from .post_data_as_url_body import PostDataAsUrlBody
    from .remote_data_path import RemoteDataPath
    from .service_status import ServiceStatus
    from .signed_url_response import SignedUrlResponse
    from .ttl_update_form import TtlUpdateForm
    from .upload_analytic_body import UploadAnalyticBody
    from .upload_analytic_image_body import UploadAnalyticImageBody
    from .upload_data_body import UploadDataBody
    from .upload_job_request_body import UploadJobRequestBody

_MODULE_OF = {
    "Analytic": ".analytic",
    "AnalyticDoc": ".analytic_doc",
    "AnalyticDocInfo": ".analytic_doc_info",
    "AnalyticDocInput": ".analytic_doc_input",
    "AnalyticDocOutput": ".analytic_doc_output",
    "AnalyticDocParameter": ".analytic_doc_parameter",
    "AnalyticImageType": ".analytic_image_type",
    "AnalyticResponse": ".analytic_response",
    "AnalyticType": ".analytic_type",
    "AnalyticsBatchAction": ".analytics_batch_action",
    "AnalyticsBatchItem": ".analytics_batch_item",
    "AnalyticsBatchRequest": ".analytics_batch_request",
    "AnalyticsBatchResponse": ".analytics_batch_response",
    "AnalyticsBatchResponseResponses": ".analytics_batch_response_responses",
    "AnalyticsListResponse": ".analytics_list_response",
    "AnalyticsQueryResponse": ".analytics_query_response",
    "BatchItemError": ".batch_item_error",
    "DataBatchAction": ".data_batch_action",
    "DataBatchItem": ".data_batch_item",
    "DataBatchRequest": ".data_batch_request",
    "DataBatchResponse": ".data_batch_response",
    "DataBatchResponseResponses": ".data_batch_response_responses",
    "DataDetails": ".data_details",
    "DataListResponse": ".data_list_response",
    "DataQueryResponse": ".data_query_response",
    "DataResponse": ".data_response",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "Job": ".job",
    "JobComputeMode": ".job_compute_mode",
    "JobRequest": ".job_request",
    "JobRequestInput": ".job_request_input",
    "JobRequestInputInputs": ".job_request_input_inputs",
    "JobRequestInputParameters": ".job_request_input_parameters",
    "JobRequestInputs": ".job_request_inputs",
    "JobRequestParameters": ".job_request_parameters",
    "JobResponse": ".job_response",
    "JobStatus": ".job_status",
    "JobStatusInputs": ".job_status_inputs",
    "JobStatusMessage": ".job_status_message",
    "JobStatusPostedData": ".job_status_posted_data",
    "JobsBatchAction": ".jobs_batch_action",
    "JobsBatchItem": ".jobs_batch_item",
    "JobsBatchRequest": ".jobs_batch_request",
    "JobsBatchResponse": ".jobs_batch_response",
    "JobsBatchResponseResponses": ".jobs_batch_response_responses",
    "JobsListResponse": ".jobs_list_response",
    "JobsQueryResponse": ".jobs_query_response",
    "PlatformStatusResponse": ".platform_status_response",
    "PlatformStatuses": ".platform_statuses",
    "PostDataAsUrlBody": ".post_data_as_url_body",
    "RemoteDataPath": ".remote_data_path",
    "ServiceStatus": ".service_status",
    "SignedUrlResponse": ".signed_url_response",
    "TtlUpdateForm": ".ttl_update_form",
    "UploadAnalyticBody": ".upload_analytic_body",
    "UploadAnalyticImageBody": ".upload_analytic_image_body",
    "UploadDataBody": ".upload_data_body",
    "UploadJobRequestBody": ".upload_job_request_body",
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
    "Analytic",
    "AnalyticDoc",
    "AnalyticDocInfo",
    "AnalyticDocInput",
    "AnalyticDocOutput",
    "AnalyticDocParameter",
    "AnalyticImageType",
    "AnalyticResponse",
    "AnalyticType",
    "AnalyticsBatchAction",
    "AnalyticsBatchItem",
    "AnalyticsBatchRequest",
    "AnalyticsBatchResponse",
    "AnalyticsBatchResponseResponses",
    "AnalyticsListResponse",
    "AnalyticsQueryResponse",
    "BatchItemError",
    "DataBatchAction",
    "DataBatchItem",
    "DataBatchRequest",
    "DataBatchResponse",
    "DataBatchResponseResponses",
    "DataDetails",
    "DataListResponse",
    "DataQueryResponse",
    "DataResponse",
    "ErrorDetail",
    "ErrorResponse",
    "Job",
    "JobComputeMode",
    "JobRequest",
    "JobRequestInput",
    "JobRequestInputInputs",
    "JobRequestInputParameters",
    "JobRequestInputs",
    "JobRequestParameters",
    "JobResponse",
    "JobStatus",
    "JobStatusInputs",
    "JobStatusMessage",
    "JobStatusPostedData",
    "JobsBatchAction",
    "JobsBatchItem",
    "JobsBatchRequest",
    "JobsBatchResponse",
    "JobsBatchResponseResponses",
    "JobsListResponse",
    "JobsQueryResponse",
    "PlatformStatusResponse",
    "PlatformStatuses",
    "PostDataAsUrlBody",
    "RemoteDataPath",
    "ServiceStatus",
    "SignedUrlResponse",
    "TtlUpdateForm",
    "UploadAnalyticBody",
    "UploadAnalyticImageBody",
    "UploadDataBody",
    "UploadJobRequestBody",
)
