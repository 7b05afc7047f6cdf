"""The content checker: rules yield findings, the engine makes problems, reporters print them."""
