from typing import Literal

GetDefinitionsDependencies = Literal["all", "flows", "none"]

GET_DEFINITIONS_DEPENDENCIES_VALUES: set[GetDefinitionsDependencies] = {
    "all",
    "flows",
    "none",
}


def check_get_definitions_dependencies(value: str) -> GetDefinitionsDependencies:
    if value in GET_DEFINITIONS_DEPENDENCIES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEFINITIONS_DEPENDENCIES_VALUES!r}")
