from typing import Literal

ContactActionsRequestAction = Literal[
    "add", "archive", "archive_messages", "block", "delete", "interrupt", "remove", "unblock"
]

CONTACT_ACTIONS_REQUEST_ACTION_VALUES: set[ContactActionsRequestAction] = {
    "add",
    "archive",
    "archive_messages",
    "block",
    "delete",
    "interrupt",
    "remove",
    "unblock",
}


def check_contact_actions_request_action(value: str) -> ContactActionsRequestAction:
    if value in CONTACT_ACTIONS_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_ACTIONS_REQUEST_ACTION_VALUES!r}")
