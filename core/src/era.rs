//! Placeholder: era dates (being written).
