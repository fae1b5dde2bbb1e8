from typing import Literal

ListMessagesFolder = Literal[
    "Archived",
    "archived",
    "failed",
    "Failed",
    "flows",
    "Flows",
    "inbox",
    "Inbox",
    "incoming",
    "Outbox",
    "outbox",
    "sent",
    "Sent",
]

LIST_MESSAGES_FOLDER_VALUES: set[ListMessagesFolder] = {
    "Archived",
    "archived",
    "failed",
    "Failed",
    "flows",
    "Flows",
    "inbox",
    "Inbox",
    "incoming",
    "Outbox",
    "outbox",
    "sent",
    "Sent",
}


def check_list_messages_folder(value: str) -> ListMessagesFolder:
    if value in LIST_MESSAGES_FOLDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MESSAGES_FOLDER_VALUES!r}")
