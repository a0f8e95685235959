//! Placeholder: normalisers (being written).
