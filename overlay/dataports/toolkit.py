"""The building blocks every dataports service client is made of, for code that needs them directly: wrapping
another httpx client in the same retries, sending any iterable in accounted-for batches, waiting on server-side
work, streaming files, and credentials that stay out of logs.

Service clients use these for you; most programs never import this module.
"""

from dataports._core.async_bulk import CANCELLED, cancelled_summary
from dataports._core.async_bulk import send_in_batches as async_send_in_batches
from dataports._core.async_calls import AsyncCaller, async_caller
from dataports._core.async_files import download_to as async_download_to
from dataports._core.async_pagination import AsyncPaginator
from dataports._core.async_waiter import wait_until_done as async_wait_for
from dataports._core.auth import HeaderAuth, OAuth2ClientCredentials, credential
from dataports._core.bulk import BatchOutcome, BulkSummary, FailedRecord, RejectedRecord, SentIds, send_in_batches
from dataports._core.files import download_to, open_for_upload, safe_filename
from dataports._core.pagination import RawPage
from dataports._core.retry_policy import RetryPolicy, parse_retry_after
from dataports._core.secrets import Secret, redact_url
from dataports._core.transport import (
    RETRY_COUNT_HEADER,
    STRICT_OPERATIONS_ENV,
    AsyncRetryingTransport,
    RetryingTransport,
    build_async_http_client,
    build_http_client,
)
from dataports._core.waiter import Backoff, Observation, async_wait_all, async_wait_until_done, wait_until_done

__all__ = [
    "CANCELLED",
    "RETRY_COUNT_HEADER",
    "STRICT_OPERATIONS_ENV",
    "AsyncCaller",
    "AsyncPaginator",
    "AsyncRetryingTransport",
    "Backoff",
    "BatchOutcome",
    "BulkSummary",
    "FailedRecord",
    "HeaderAuth",
    "OAuth2ClientCredentials",
    "Observation",
    "RawPage",
    "RejectedRecord",
    "RetryPolicy",
    "RetryingTransport",
    "Secret",
    "SentIds",
    "async_caller",
    "async_download_to",
    "async_send_in_batches",
    "async_wait_all",
    "async_wait_for",
    "async_wait_until_done",
    "build_async_http_client",
    "build_http_client",
    "cancelled_summary",
    "credential",
    "download_to",
    "open_for_upload",
    "parse_retry_after",
    "redact_url",
    "safe_filename",
    "send_in_batches",
    "wait_until_done",
]
