//! Integration tests of the server: in-process through `app()` and over a real loopback socket,
//! on SQLite and, with `MADOGUCHI_TEST_POSTGRES`, on PostgreSQL.

mod support;

mod accounts;
mod api;
mod at_rest;
mod cli;
mod counter;
mod counter_finish;
mod fleet;
mod intake;
mod limits;
mod logs;
mod matrix;
mod my_page_sections;
mod names;
mod pending_changes;
mod phone;
mod retention;
mod scorecard;
mod staff_calls;
mod staff_codes;
mod survey;
