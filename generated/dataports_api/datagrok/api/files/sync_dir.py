from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sync_meta import SyncMeta
from ...types import UNSET, File, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (204, 204),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
    (500, 500),
)


def build_request(
    connector: str,
    path: str,
    *,
    body: SyncMeta,
    recursive: bool | Unset = True,
    ext: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        connector=connector,
        path=path,
        body=body,
        recursive=recursive,
        ext=ext,
    )


def _get_kwargs(
    connector: str,
    path: str,
    *,
    body: SyncMeta,
    recursive: bool | Unset = True,
    ext: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params["ext"] = ext

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/v1/files/sync/{connector}/{path}".format(
            connector=quote(str(connector), safe=""),
            path=quote(str(path), safe=""),
        ),
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "sync_dir", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncMeta,
    recursive: bool | Unset = True,
    ext: str | Unset = UNSET,
) -> Response[Any | ApiError | File]:
    """Mirror a remote directory into a local one, sending only what changed since the last sync.

     The client tells the server which files it already holds and their ETags; the server answers with
    what to write, keep or delete. Client side (`sync_dir(connector, remote_path, dir, ext=None,
    recursive=True, sync_meta_file=".sync_meta.json")`):

    1. Create the local `dir` if missing and load `<dir>/<sync_meta_file>` (default `.sync_meta.json`),
       a JSON object `{"<relative/posix/path>": "<etag>"}`; absent means `{}`.
    2. Drop every meta entry whose file no longer exists locally (files found by walking `dir`
       recursively, paths relative to `dir` with `/` separators, the meta file itself excluded).
    3. POST the pruned meta as the JSON body, with `recursive=true|false` and, when given, `ext`.
    4. **204**: the remote directory has no files. The client empties `dir` completely (files and
       subdirectories) and writes `{}` as the meta.
    5. **200**: a multipart body, one part per remote file (see the 200 response). The client writes new
       and changed files, skips `not-modified` ones, deletes `deleted` ones, and writes the updated
    meta.
       Local files the server does not mention are left alone.

    Server side (the server is closed source; this is what the client contract implies): for each remote
    file under `path` (only the top level when `recursive=false`; only names with extension `ext` when
    given), a `not-modified` part if the client sent the same ETag, otherwise a part with the full
    content
    and the file's current ETag; for each path in the request body that no longer exists remotely, a
    `deleted` part.

    Args:
        connector (str):
        path (str):
        recursive (bool | Unset):  Default: True.
        ext (str | Unset):
        body (SyncMeta): Relative file path (`/` separators, relative to the synced directory)
            mapped to the ETag of the copy
            the client holds, e.g. `{"a.csv": "\\"5f1e-1\\"", "sub/b.txt": "\\"77ab-2\\""}`. The same
            object is kept
            locally in the sync meta file (`.sync_meta.json` by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | File]
    """

    kwargs = _get_kwargs(
        connector=connector,
        path=path,
        body=body,
        recursive=recursive,
        ext=ext,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncMeta,
    recursive: bool | Unset = True,
    ext: str | Unset = UNSET,
) -> Any | ApiError | File | None:
    """Mirror a remote directory into a local one, sending only what changed since the last sync.

     The client tells the server which files it already holds and their ETags; the server answers with
    what to write, keep or delete. Client side (`sync_dir(connector, remote_path, dir, ext=None,
    recursive=True, sync_meta_file=".sync_meta.json")`):

    1. Create the local `dir` if missing and load `<dir>/<sync_meta_file>` (default `.sync_meta.json`),
       a JSON object `{"<relative/posix/path>": "<etag>"}`; absent means `{}`.
    2. Drop every meta entry whose file no longer exists locally (files found by walking `dir`
       recursively, paths relative to `dir` with `/` separators, the meta file itself excluded).
    3. POST the pruned meta as the JSON body, with `recursive=true|false` and, when given, `ext`.
    4. **204**: the remote directory has no files. The client empties `dir` completely (files and
       subdirectories) and writes `{}` as the meta.
    5. **200**: a multipart body, one part per remote file (see the 200 response). The client writes new
       and changed files, skips `not-modified` ones, deletes `deleted` ones, and writes the updated
    meta.
       Local files the server does not mention are left alone.

    Server side (the server is closed source; this is what the client contract implies): for each remote
    file under `path` (only the top level when `recursive=false`; only names with extension `ext` when
    given), a `not-modified` part if the client sent the same ETag, otherwise a part with the full
    content
    and the file's current ETag; for each path in the request body that no longer exists remotely, a
    `deleted` part.

    Args:
        connector (str):
        path (str):
        recursive (bool | Unset):  Default: True.
        ext (str | Unset):
        body (SyncMeta): Relative file path (`/` separators, relative to the synced directory)
            mapped to the ETag of the copy
            the client holds, e.g. `{"a.csv": "\\"5f1e-1\\"", "sub/b.txt": "\\"77ab-2\\""}`. The same
            object is kept
            locally in the sync meta file (`.sync_meta.json` by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | File
    """

    return sync_detailed(
        connector=connector,
        path=path,
        client=client,
        body=body,
        recursive=recursive,
        ext=ext,
    ).parsed


async def asyncio_detailed(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncMeta,
    recursive: bool | Unset = True,
    ext: str | Unset = UNSET,
) -> Response[Any | ApiError | File]:
    """Mirror a remote directory into a local one, sending only what changed since the last sync.

     The client tells the server which files it already holds and their ETags; the server answers with
    what to write, keep or delete. Client side (`sync_dir(connector, remote_path, dir, ext=None,
    recursive=True, sync_meta_file=".sync_meta.json")`):

    1. Create the local `dir` if missing and load `<dir>/<sync_meta_file>` (default `.sync_meta.json`),
       a JSON object `{"<relative/posix/path>": "<etag>"}`; absent means `{}`.
    2. Drop every meta entry whose file no longer exists locally (files found by walking `dir`
       recursively, paths relative to `dir` with `/` separators, the meta file itself excluded).
    3. POST the pruned meta as the JSON body, with `recursive=true|false` and, when given, `ext`.
    4. **204**: the remote directory has no files. The client empties `dir` completely (files and
       subdirectories) and writes `{}` as the meta.
    5. **200**: a multipart body, one part per remote file (see the 200 response). The client writes new
       and changed files, skips `not-modified` ones, deletes `deleted` ones, and writes the updated
    meta.
       Local files the server does not mention are left alone.

    Server side (the server is closed source; this is what the client contract implies): for each remote
    file under `path` (only the top level when `recursive=false`; only names with extension `ext` when
    given), a `not-modified` part if the client sent the same ETag, otherwise a part with the full
    content
    and the file's current ETag; for each path in the request body that no longer exists remotely, a
    `deleted` part.

    Args:
        connector (str):
        path (str):
        recursive (bool | Unset):  Default: True.
        ext (str | Unset):
        body (SyncMeta): Relative file path (`/` separators, relative to the synced directory)
            mapped to the ETag of the copy
            the client holds, e.g. `{"a.csv": "\\"5f1e-1\\"", "sub/b.txt": "\\"77ab-2\\""}`. The same
            object is kept
            locally in the sync meta file (`.sync_meta.json` by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | File]
    """

    kwargs = _get_kwargs(
        connector=connector,
        path=path,
        body=body,
        recursive=recursive,
        ext=ext,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: SyncMeta,
    recursive: bool | Unset = True,
    ext: str | Unset = UNSET,
) -> Any | ApiError | File | None:
    """Mirror a remote directory into a local one, sending only what changed since the last sync.

     The client tells the server which files it already holds and their ETags; the server answers with
    what to write, keep or delete. Client side (`sync_dir(connector, remote_path, dir, ext=None,
    recursive=True, sync_meta_file=".sync_meta.json")`):

    1. Create the local `dir` if missing and load `<dir>/<sync_meta_file>` (default `.sync_meta.json`),
       a JSON object `{"<relative/posix/path>": "<etag>"}`; absent means `{}`.
    2. Drop every meta entry whose file no longer exists locally (files found by walking `dir`
       recursively, paths relative to `dir` with `/` separators, the meta file itself excluded).
    3. POST the pruned meta as the JSON body, with `recursive=true|false` and, when given, `ext`.
    4. **204**: the remote directory has no files. The client empties `dir` completely (files and
       subdirectories) and writes `{}` as the meta.
    5. **200**: a multipart body, one part per remote file (see the 200 response). The client writes new
       and changed files, skips `not-modified` ones, deletes `deleted` ones, and writes the updated
    meta.
       Local files the server does not mention are left alone.

    Server side (the server is closed source; this is what the client contract implies): for each remote
    file under `path` (only the top level when `recursive=false`; only names with extension `ext` when
    given), a `not-modified` part if the client sent the same ETag, otherwise a part with the full
    content
    and the file's current ETag; for each path in the request body that no longer exists remotely, a
    `deleted` part.

    Args:
        connector (str):
        path (str):
        recursive (bool | Unset):  Default: True.
        ext (str | Unset):
        body (SyncMeta): Relative file path (`/` separators, relative to the synced directory)
            mapped to the ETag of the copy
            the client holds, e.g. `{"a.csv": "\\"5f1e-1\\"", "sub/b.txt": "\\"77ab-2\\""}`. The same
            object is kept
            locally in the sync meta file (`.sync_meta.json` by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | File
    """

    return (
        await asyncio_detailed(
            connector=connector,
            path=path,
            client=client,
            body=body,
            recursive=recursive,
            ext=ext,
        )
    ).parsed
