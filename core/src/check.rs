//! Placeholder: field and screen checks (being written).
