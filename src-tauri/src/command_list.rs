// The kiosk's commands, named once. `build.rs` includes this file to declare them to Tauri (so
// `capabilities/kiosk.json` must grant each one); `lib.rs` hands the same list to
// `tauri::generate_handler!`; `commands.rs` builds the web host's table from it. A test checks
// the capability grants exactly these.
//
// `kiosk_commands!(m)` expands to `m! { kiosk_info, check_step, ... }`.
macro_rules! kiosk_commands {
    ($then:ident) => {
        $then! {
            kiosk_info,
            check_step,
            check_all,
            lookup_postcode,
            occupation_groups,
            search_occupations,
            search_licences,
            submit_application,
            record_survey,
            wipe_session,
            ui_ready,
            staff_status,
            staff_sync_now,
            recognise_handwriting,
            convert_reading,
            name_readings,
            kanji_variants,
            card_reader_present,
            card_tries,
            read_my_number_card,
            call_staff,
            staff_call_state,
            end_staff_call,
            staff_assist,
            print_receipt,
            printer_state,
            speak,
            stop_speaking,
            spoken_log,
            office_closed,
            set_screen_asleep,
        }
    };
}
