# Messages of the kiosk shell, mostly read by administrators on the console.
config-ok = The configuration file is valid.
config-unreadable = Cannot read the configuration file { $path } ({ $reason }). Check the path and read permission.
config-syntax = The configuration file { $path } is not well formed. { $detail }
config-invalid = In the configuration file { $path }, key "{ $key }" is wrong: { $problem }. Fix the value and start again.
kiosk-start-failed = The kiosk cannot start: { $detail }
submit-invalid = Some answers need checking. Please correct the items marked in red.
submit-not-ready = This kiosk is not ready to take applications yet. Please ask a member of staff.
submit-storage-failed = Your application could not be saved. Please ask a member of staff; nothing has been sent yet.
survey-invalid = Your answer to the survey could not be recorded.
wipe-failed = The screen could not be reset. Please ask a member of staff.
enroll-ok = This kiosk is now enrolled with its server (office { $office }). Restart the kiosk to take applications.
enroll-failed = The kiosk could not be enrolled: { $detail }. Check the code has not expired and the server URL is right; if needed, issue a new code with `madoguchi-server kiosk add`.
sync-not-enrolled = This kiosk is not enrolled with a server yet. Enrol it with `madoguchi-kiosk enroll --server URL --code CODE`.
sync-done = Delivered { $delivered }. Still queued { $queued }, refused by the server { $refused }.
staff-disabled = Staff mode is not set up on this kiosk (staff_pin in the configuration file).
staff-wrong-pin = Wrong PIN.
