//! Time as the server sees it: core's [`madoguchi_core::clock`], the same Japan-time clock the
//! kiosk is given, passed in so expiry, retention and rate limits are tested without sleeping.

pub use madoguchi_core::clock::{
    day_bounds, format_local, local, Clock, ManualClock, SystemClock, JST,
};
