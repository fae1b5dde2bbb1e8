from typing import Literal

MessageActionsRequestAction = Literal["archive", "delete", "label", "restore", "unlabel"]

MESSAGE_ACTIONS_REQUEST_ACTION_VALUES: set[MessageActionsRequestAction] = {
    "archive",
    "delete",
    "label",
    "restore",
    "unlabel",
}


def check_message_actions_request_action(value: str) -> MessageActionsRequestAction:
    if value in MESSAGE_ACTIONS_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_ACTIONS_REQUEST_ACTION_VALUES!r}")
