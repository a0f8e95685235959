# The intake server's words: phone pages, counter pages, mail, API error codes.
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work Madoguchi

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $day } { $month-name } { $year }
srv-month-1 = January
srv-month-2 = February
srv-month-3 = March
srv-month-4 = April
srv-month-5 = May
srv-month-6 = June
srv-month-7 = July
srv-month-8 = August
srv-month-9 = September
srv-month-10 = October
srv-month-11 = November
srv-month-12 = December
srv-skip-to-content = Skip to content
srv-language-nav = Language
srv-form-errors = Please check what you entered
srv-required = Required
srv-optional = Optional
srv-unselected = Not selected
srv-value-none = (none)
srv-save = Save
srv-cancel = Cancel
srv-reload = Reload
srv-sign-in = Sign in
srv-sign-out = Sign out
srv-sign-in-failed = The email address or password is not right.

## Error pages

srv-error-not-found-title = Page not found
srv-error-not-found = We could not find this page. Check the address; if you came from a QR code, scan it again.
srv-error-forbidden-title = This is not allowed
srv-error-forbidden = You may not see this page, or the page has expired. Go back and try again.
srv-error-bad-request-title = We could not read that
srv-error-bad-request = We could not read what was sent. Go back and enter it again.
srv-error-rate-limited-title = Please wait a moment
srv-error-rate-limited = There were too many attempts in a short time. Please try again in a little while.
srv-error-internal-title = Something went wrong
srv-error-internal = Something went wrong on the server. Please try again later. If it keeps happening, ask at the Hello Work counter.

## Fields of the application

srv-field-receipt = Receipt number
srv-field-status = Status
srv-field-name = Name
srv-name-kana-only = (entered in katakana)
srv-field-identity-source = Identity entered
srv-identity-from-card = Read from the My Number Card (not yet checked against the person)
srv-card-read = (read from the card)
srv-card-changed = (read from the card, then changed)
srv-field-kana = Name in katakana
srv-field-birth-date = Date of birth
srv-field-sex = Sex
srv-field-address = Address
srv-field-street = Street and number
srv-field-building = Building and room
srv-field-phone = Phone number
srv-field-email = Email address
srv-field-occupations = Desired occupations
srv-field-occupation-n = Desired occupation (choice { $n })
srv-field-employment-types = Desired types of employment
srv-field-wage = Desired pay
srv-field-work-locations = Desired places of work
srv-field-hours = Desired working hours
srv-field-now = Current situation
srv-field-insurance = Employment insurance (雇用保険) benefits
srv-field-education = Highest education
srv-field-qualifications = Licences and qualifications
srv-field-work-history = Work history
srv-field-my-page = Job seeker My Page
srv-field-job-seeker-number = Job seeker number
srv-field-return-reason = Reason:

srv-sex-female = Female
srv-sex-male = Male
srv-sex-unstated = Prefer not to say
srv-employment-full-time = Full-time regular
srv-employment-part-time = Part-time
srv-employment-dispatch = Agency (dispatch)
srv-employment-contract = Fixed-term contract
srv-wage-monthly = At least { $amount } yen a month
srv-wage-hourly = At least { $amount } yen an hour
srv-wage-kind-monthly = Monthly
srv-wage-kind-hourly = Hourly
srv-wage-amount = Amount (yen, at least)
srv-now-employed = Employed
srv-now-not-employed = Not employed
srv-now-student = Student
srv-insurance-yes = Will claim
srv-insurance-no = Will not claim
srv-insurance-unsure = Not sure
srv-education-junior-high = Junior high school
srv-education-high-school = High school
srv-education-vocational = Vocational school
srv-education-junior-college = Junior college or technical college
srv-education-university = University
srv-education-graduate = Graduate school
srv-education-other = Other
srv-my-page-wanted = Wanted
srv-my-page-not-wanted = Not wanted

srv-status-provisional = Provisional
srv-status-accepted = Accepted
srv-status-returned = Returned

## Phone: the QR code's page

srv-continue-title = Continue your application
srv-continue-lead = Your application from the lobby kiosk has been received. On this page you can open your job seeker My Page.
srv-received-title = What we received
srv-received-wrong = If anything is wrong, tell the staff at the counter.
srv-on-its-way-title = On its way
srv-on-its-way = Your application is on its way from the lobby kiosk to Hello Work.
srv-on-its-way-refresh = This page refreshes by itself. Please wait.
srv-on-its-way-help = If nothing changes after a while, show your receipt number at the counter.
srv-expired-title = This QR code has expired
srv-expired = This QR code has expired. The staff at the Hello Work counter can show you your application and help you open your My Page: show them your receipt number.
srv-spent-title = Your My Page is already open
srv-spent = A password has already been set with this QR code. Sign in with your email address and password.
srv-my-page-open-title = Open your job seeker My Page
srv-no-email = Your application has no email address, so the My Page cannot be opened here. The staff at the counter will help you.
srv-code-send = Send the code
srv-code-resend = Send a new code
srv-code-sent = We sent the code. Please check your mail, and your spam folder if it does not arrive.
srv-code-label = Confirmation code (6 digits)
srv-code-help = Enter the six digits from the email.
srv-code-submit = Confirm
srv-code-wrong = That code is not right. You can try { $remaining } more times.
srv-code-need-new = The code has expired or was tried too often. Please send a new code.
srv-code-send-failed = We could not send the email. Please try again in a little while.
srv-code-send-limited = Codes cannot be sent again so soon. Please try again in about { $minutes } minutes.
srv-email-verified = Your email address ({ $email }) is confirmed. Now choose a password for your My Page.

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = Your application from the lobby kiosk has been received. Once we have confirmed it is you, you can check what you entered and open your job seeker My Page.
srv-proof-title = Confirm it is you
srv-proof-email = We send a six-digit code to the email address you gave at the kiosk. Until you type it here, this page shows nothing about you.
srv-proof-email-help = If no email arrives, or the address was wrong, show your receipt number at the counter.
srv-proof-birth = Your application has no email address, so we confirm it with your date of birth. Until then, this page shows nothing about you.
srv-birth-label = Date of birth
srv-birth-help = For example 1990/7/15, 1990-07-15 or 平成2年7月15日
srv-birth-submit = Confirm
srv-birth-unreadable = We could not read that as a date. Type the year, month and day as in the example.
srv-birth-wrong = That date of birth does not match the application. You can try { $remaining } more times.
srv-birth-locked = The date of birth was tried too often, so it cannot be checked here any more. Please show your receipt number at the counter.
srv-proof-bound-time = This page works for 30 minutes, and only in this browser, the one you confirmed with.

srv-password-label = Password
srv-password-help = At least { $min } characters ({ $suggested } or more is better). Any characters, including spaces and kana. Very common passwords are not accepted.
srv-password-confirm-label = Password again, to confirm
srv-password-submit = Set password and open My Page
srv-password-too-short = Use at least { $min } characters.
srv-password-too-long = Use at most { $max } characters.
srv-password-common = This password is used by many people and easy to guess. Please choose another.
srv-password-personal = The password must not contain your email address or other details about you.
srv-password-mismatch = The two passwords are not the same.

## Mail

srv-mail-code-subject = [Hello Work] Your confirmation code
srv-mail-code-body =
    Confirmation code: { $code }

    You applied at a Hello Work lobby kiosk. This code opens your job seeker My Page.
    Enter the six digits on your phone. The code is valid for { $minutes } minutes.

    If you did not apply, please delete this email.

srv-mail-change-code-subject = [Hello Work] Code to change your email address
srv-mail-change-code-body =
    Code: { $code }

    This code changes the email address of your job seeker My Page to this address.
    Type these six digits on the My Page screen. The code is valid for { $minutes } minutes.

    If you did not ask for this, delete this email. Your email address stays as it is.
srv-mail-email-changed-subject = [Hello Work] Your email address was changed
srv-mail-email-changed-body =
    The email address of your job seeker My Page was changed to { $email }.
    From now on, sign in with the new address. This address will no longer receive notices.

    If you did not make this change, contact the Hello Work counter at once.

## My Page

srv-my-title = Job seeker My Page
srv-my-nav = My Page menu
srv-my-signin-title = Sign in to your My Page
srv-my-signin-help = If you forgot your password, ask at the Hello Work counter.
srv-my-status-title = Status of your application
srv-my-status-provisional = Provisional. When the staff at the Hello Work counter have checked your identity, the application is accepted and you get a job seeker number.
srv-my-status-accepted = Accepted at the counter. The job seeker number is also on your Hello Work card.
srv-my-status-returned = The counter returned your application. Please talk to the staff at the counter.
srv-my-registration-title = Your registration
srv-my-saved = Your changes are saved.
srv-my-edit-title = Change your registration
srv-my-edit-lead = You can change your contact details and the work you are looking for. If you have moved, change the postcode and the street address.
srv-my-edit-contact = Contact details
srv-field-postcode = Postcode
srv-field-town = Town
srv-my-email-title = Change email address
srv-my-email-lead = Your email address is also how you sign in to My Page. We send a code to the new address; when you type it here, the address changes. Until then you sign in with the current address.
srv-my-email-now = Current email address
srv-field-new-email = New email address
srv-my-email-new-title = Register a new address
srv-field-current-password = Current password
srv-my-email-password-help = To confirm it is you, type your My Page password.
srv-my-email-password-wrong = The password is wrong. Type the password you use to sign in to My Page.
srv-my-email-code-title = Enter the code
srv-my-email-code-lead = Type the six-digit code we sent to { $email }.
srv-my-email-confirm = Change
srv-my-email-same = This is your current email address. To change it, type a new address.
srv-my-email-changed = Your email address is now { $email }. Sign in with this address from now on.
srv-my-edit-postcode-hint = Seven digits. The prefecture, city and town are filled in from the postcode.
srv-my-edit-town-choose = This postcode covers more than one town. Choose the town you live in.
srv-my-edit-work = Work you are looking for
srv-my-edit-disclosure = Sharing your details and how we contact you
srv-my-edit-self-pr = Self-introduction and notes

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = The sign-in form had expired or did not come from this site. Please sign in again.
srv-my-edit-person = Name and date of birth
srv-my-edit-checked-note = Once the counter has accepted your application, a change of name, date of birth or address is checked by the staff at the counter before it applies.
srv-field-family-name = Family name
srv-field-given-name = Given name
srv-field-family-kana = Family name in katakana
srv-field-given-kana = Given name in katakana
srv-birth-calendar = Calendar
srv-birth-year = Year
srv-birth-month = Month
srv-birth-day = Day
srv-calendar-western = Western (e.g. 1985)
srv-calendar-meiji = Meiji
srv-calendar-taisho = Taishō
srv-calendar-showa = Shōwa
srv-calendar-heisei = Heisei
srv-calendar-reiwa = Reiwa
srv-my-change-sent = Your other changes are saved. The change of name, date of birth or address is sent to the counter; it applies when the staff have checked it.
srv-my-change-pending-title = Waiting for the counter
srv-my-change-pending-lead = These changes apply when the staff at the counter have checked them:
srv-change-pending-title = Changes waiting for a decision
srv-change-pending-lead = The visitor changed these on My Page after the application was accepted. Check them (with an identity document where needed), then accept or refuse.
srv-change-old = Before
srv-change-new = Asked for
srv-change-when = When
srv-change-who = By
srv-change-action = What happened
srv-change-field = Field
srv-change-accept = Accept the change
srv-change-refuse = Refuse the change
srv-change-already-decided = This change has already been decided.
srv-change-audit-title = Change history
srv-change-audit-none = No changes to the name, date of birth or address.
srv-change-by-visitor = The visitor (My Page)
srv-change-action-applied = Changed
srv-change-action-requested = Asked for
srv-change-action-accepted = Accepted
srv-change-action-refused = Refused

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = The body is not valid JSON.
srv-problem-invalid-body = The body does not have the expected fields.
srv-problem-body-too-large = The body is too large.
srv-problem-unsupported-media-type = The body must be application/json.
srv-problem-unauthorized = The kiosk is not recognised. Enrol it again.
srv-problem-idempotency-key-invalid = The Idempotency-Key header is missing or malformed.
srv-problem-idempotency-conflict = The same Idempotency-Key was used with another body.
srv-problem-envelope-malformed = The sealed application is malformed.
srv-problem-envelope-version-unknown = The sealed application's format is unknown. Check the kiosk's software.
srv-problem-envelope-unopenable = The sealed application does not open. Check the server key and the kiosk's enrolment.
srv-problem-envelope-payload-invalid = The sealed application's content is not an application.
srv-problem-identifiers-invalid = The receipt number, QR token or time inside the application is malformed.
srv-problem-office-mismatch = The application names another office than the kiosk's.
srv-problem-continuation-token-taken = This QR code is already used by another application.
srv-problem-enrolment-code-invalid = The enrolment code is wrong, used or expired.
srv-problem-kiosk-id-invalid = The kiosk id is malformed (letters, digits, . _ -, up to 64).
srv-problem-kiosk-id-taken = This kiosk id is enrolled at another office.
srv-problem-survey-invalid = The survey answer is out of range.
srv-problem-heartbeat-invalid = The heartbeat is out of range.
srv-problem-not-found = Not found.
srv-problem-method-not-allowed = Method not allowed.
srv-problem-rate-limited = Too many requests. Wait and send again.
srv-problem-unavailable = The database is not reachable.
srv-problem-internal = Something went wrong on the server. Please try again in a little while.

## Counter pages

srv-counter-nav = Counter menu
srv-counter-title = Today's applications
srv-counter-signin-title = Staff sign-in
srv-counter-login = Login
srv-counter-sign-in-failed = The login or password is not right.
srv-role-admin = Administrator
srv-role-staff = Staff
srv-counter-office = Office
srv-counter-all-offices = All offices
srv-counter-no-offices = No office is registered yet. Register one with `madoguchi-server kiosk add`.
srv-counter-date = Date received
srv-counter-search = Show
srv-counter-receipt-invalid = A receipt number has six characters (the digits 0, 1, 2, 5, 6 and 8 are never used). Please check it.
srv-counter-results-day = Applications of { $date } ({ $count })
srv-counter-results-receipt = Applications with receipt number { $receipt }
srv-counter-office-caption = Office { $office }
srv-counter-none = No applications.
srv-counter-received-at = Received
srv-counter-findings = To check
srv-counter-back = Back to the list
srv-counter-application-page = Receipt number { $receipt }
srv-counter-application-title = The application
srv-counter-visitor-language = Language of the application
srv-counter-my-page = My Page
srv-counter-my-page-open = Opened
srv-counter-my-page-not-open = Not opened
srv-counter-birth-calendar = The date of birth was entered in { $calendar }.
srv-counter-findings-title = Points to check at the counter
srv-counter-findings-lead = The kiosk noted the following. Please check them with the visitor.
srv-counter-identity-title = Identity check
srv-counter-identity-document = Document seen
srv-counter-identity-submit = Record the identity check
srv-counter-identity-done = Identity checked with { $document } at { $time } by { $by }.
srv-counter-identity-invalid = Choose the document you saw.
srv-counter-decision-title = Accept or return
srv-counter-accept-lead = Accepting issues a job seeker number. An issued number cannot be withdrawn.
srv-counter-accept = Accept and issue the job seeker number
srv-counter-accept-needs-identity = Record the identity check before accepting.
srv-counter-already-decided = This application has already been accepted or returned.
srv-counter-return-reason = Reason for returning
srv-counter-return-help = The visitor sees this on their My Page.
srv-counter-return = Return
srv-counter-return-reason-invalid = Give a reason of up to 500 characters.
srv-counter-print-a4 = Print the registration slip (A4)
srv-counter-print-receipt = Print the registration slip (80 mm receipt)
srv-counter-print-hint = Print with the browser (Ctrl+P).
srv-id-doc-my-number-card = My Number card
srv-id-doc-driving-licence = Driving licence
srv-id-doc-residence-card = Residence card
srv-id-doc-passport = Passport
srv-id-doc-health-insurance = Health insurance document
srv-id-doc-other = Other document

## Registration slip

srv-slip-title = Job seeker registration slip
srv-slip-accepted-on = Accepted on
srv-slip-identity = Identity document
srv-slip-staff = Staff
srv-slip-note = Keep this slip until your Hello Work card arrives. Your job seeker number is also on your My Page.

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = Scorecard
srv-scorecard-lead = The online rate as the plan defines it, per office, prefectural labour bureau and nationally, per quarter. Job seekers are everyone newly registered: kiosk applications plus those registered at the counter and online (entered or imported by staff).
srv-scorecard-quarter = Quarter (e.g. 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } to { $to })
srv-scorecard-chart-title = Online rate of { $name } over the last eight quarters
srv-scorecard-chart-caption = Bars show the online rate: solid where the 20% goal is met, hatched where it is not. The dashed line is the 20% goal, the dotted line the 8.0% of FY2019. The table below gives the same figures.
srv-scorecard-target-label = Goal 20%
srv-scorecard-baseline-label = FY2019 8.0%
srv-scorecard-legend-met = Goal met (solid)
srv-scorecard-legend-not-met = Not met (hatched)
srv-scorecard-quarter-head = Quarter
srv-scorecard-rate = Online rate
srv-scorecard-target = Goal 20%
srv-scorecard-met = Met
srv-scorecard-not-met = Not met
srv-scorecard-accepted = Accepted
srv-scorecard-answers = Survey answers
srv-scorecard-distribution = Answers per score (1–5)
srv-scorecard-mean = Mean
srv-scorecard-definition-title = How the online rate is defined
srv-scorecard-definition-source = Source: the basic plan for raising the online rate (22 October 2021), job applications. Quoted in Japanese.
srv-scorecard-definition = My Pages opened ÷ job seekers (all new job seekers, however they registered). Both are counted by the job seeker's registration date in Japan time, so the rate cannot exceed 100%. Fiscal years start in April; Q1 is April to June.
srv-scorecard-csv = Download CSV
srv-scorecard-json = View JSON
srv-scorecard-print = Print view
srv-scorecard-refresh = Recalculate the figures now
srv-scorecard-national = Nationwide
srv-scorecard-kpi-title = Mid-term KPI: 340,000 My Pages opened
srv-scorecard-kpi = { $openings } opened so far of { $kpi } ({ $percent })
srv-scorecard-updated = Figures calculated at { $at } (Japan time)
srv-scorecard-never-updated = The figures have not been calculated yet.
srv-scorecard-table-caption = Job seekers and My Pages opened in the quarter
srv-scorecard-unit = Unit
srv-scorecard-job-seekers = Job seekers (by registration date)
srv-scorecard-opened = My Pages opened
srv-scorecard-kiosk-share = Kiosk share of openings
srv-scorecard-cumulative = Openings so far
srv-scorecard-from-kiosk = Kiosk (automatic)
srv-scorecard-from-counter = Counter (staff records)
srv-scorecard-from-online = Online (staff records)
srv-scorecard-total = Total
srv-scorecard-opened-kiosk = From the kiosk (automatic)
srv-scorecard-opened-recorded = Staff records
srv-scorecard-sources = "Automatic" counts kiosk applications and My Pages opened from their QR codes. "Staff records" are the counter and online registrations and the My Pages opened at the counter, entered or imported by staff (the registration records page shows who recorded each day and when). Returned applications are not counted.
srv-scorecard-rating-title = The kiosk's one-question survey and acceptances
srv-scorecard-trend-title = The last eight quarters

srv-tally-title = Registration records
srv-tally-lead = Record the new job seekers registered outside the kiosk (on paper or the office's PCs at the counter, and online), per day and channel. Recording the same day and channel again replaces the earlier record.
srv-tally-saved = Recorded. The scorecard's figures have been recalculated.
srv-tally-one-title = Enter one day
srv-tally-day = Registration date
srv-tally-channel = Channel
srv-tally-channel-counter = Counter (paper or office PC)
srv-tally-channel-online = Online
srv-tally-registered = New job seekers
srv-tally-opened = My Pages opened
srv-tally-opened-hint = How many of the job seekers registered that day opened a My Page (as seen at the counter). At most the number of job seekers.
srv-tally-save = Record
srv-tally-import-title = Import the daily CSV
srv-tally-import-lead = Paste a CSV with a header line and then one line per day and channel. If any value is wrong, nothing is imported and the line and column are shown.
srv-tally-csv-file = Choose the CSV file
srv-tally-csv = Or paste the CSV contents
srv-tally-import = Import
srv-tally-list-title = Records for { $quarter }
srv-tally-none = No records for this quarter yet.
srv-tally-source = Source
srv-tally-source-tally = Entered by { $who } ({ $at })
srv-tally-source-import = CSV import by { $who } ({ $at })
srv-tally-error-header = The first line must be date,channel,registrations,my_pages_opened.
srv-tally-error-columns = The line does not have four columns.
srv-tally-error-date = Write the date as 2026-10-01.
srv-tally-error-future = The date is still to come.
srv-tally-error-channel = The channel must be counter or online.
srv-tally-error-count = Write a whole number, 0 or more.
srv-tally-error-opened = More My Pages opened than job seekers.
srv-tally-error-duplicate = The same day and channel appear twice.
srv-tally-error-empty = There are no lines besides the header.
srv-tally-error-too-many = Too many lines; import them in parts.
srv-tally-error-unreadable = This cannot be read as CSV.
srv-tally-error-at-column = Line { $line }, column { $column }: { $message }
srv-tally-error-at-line = Line { $line }: { $message }

srv-public-title = Online rate scorecard
srv-public-lead = The online rate of job applications at Hello Work, published every quarter as the plan requires.
srv-public-withheld = withheld
srv-public-job-seekers = Job seekers
srv-public-openings = My Pages opened
srv-public-prefectures = Nationwide and prefectural labour bureaus
srv-public-offices = Per office
srv-public-withheld-note = "Withheld" marks counts below { $min }, and counts hidden so that those cannot be worked out from the others, so that no individual can be identified.

srv-survey-title = Survey on the online procedure
srv-survey-lead = Tell us how easy it was to apply for work and use the job seeker's My Page. Please do not write your name or contact details; phone numbers and email addresses are removed before anything is stored.
srv-survey-ease = Was the procedure easy?
srv-survey-ease-5 = Very easy
srv-survey-ease-4 = Easy
srv-survey-ease-3 = Neither
srv-survey-ease-2 = Hard
srv-survey-ease-1 = Very hard
srv-survey-time = How long did it take?
srv-survey-time-under-5 = Under 5 minutes
srv-survey-time-5-15 = 5 to 15 minutes
srv-survey-time-15-30 = 15 to 30 minutes
srv-survey-time-over-30 = 30 minutes or more
srv-survey-hard = What was hard?
srv-survey-hard-hint = Choose all that apply.
srv-survey-hard-finding = Finding where to do it
srv-survey-hard-typing = Entering the details
srv-survey-hard-email-code = The email confirmation code
srv-survey-hard-password = Setting the password
srv-survey-hard-language = The language was hard to understand
srv-survey-hard-other = Something else
srv-survey-comment = Comments (optional)
srv-survey-comment-hint = Up to { $max } characters. Phone numbers, email addresses, postcodes and the like are removed before storing.
srv-survey-send = Send
srv-survey-error-ease = Choose how easy it was.
srv-survey-error-time = Choose how long it took.
srv-survey-error-hard = The choice of what was hard is not valid.
srv-survey-thanks-title = Thank you
srv-survey-thanks = Your answer has been received. The results are used to improve the procedure and are published at least once a year.
srv-survey-invite-title = Please take our survey
srv-survey-invite = Tell us in a few questions how the online procedure worked for you.
srv-survey-my-page-invite = Was it easy? Please answer a short survey.
srv-survey-report-title = Annual survey report
srv-survey-year = Fiscal year (e.g. 2026)
srv-survey-report-lead = FY{ $year } — answers: { $answers }, mean ease: { $mean } (5 is easiest)
srv-survey-answers = Answers
srv-survey-mean = Mean ease
srv-survey-no-office = No office given
srv-survey-channel = Reached from
srv-survey-channel-my-page = My Page
srv-survey-channel-public = The public scorecard
srv-survey-language = Language
srv-survey-comments = Comments
srv-survey-comments-note = For staff only; not published. Personal data patterns were removed before storing.
srv-survey-no-comments = No comments.

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = Hokkaido Labour Bureau
srv-prefecture-02 = Aomori Labour Bureau
srv-prefecture-03 = Iwate Labour Bureau
srv-prefecture-04 = Miyagi Labour Bureau
srv-prefecture-05 = Akita Labour Bureau
srv-prefecture-06 = Yamagata Labour Bureau
srv-prefecture-07 = Fukushima Labour Bureau
srv-prefecture-08 = Ibaraki Labour Bureau
srv-prefecture-09 = Tochigi Labour Bureau
srv-prefecture-10 = Gunma Labour Bureau
srv-prefecture-11 = Saitama Labour Bureau
srv-prefecture-12 = Chiba Labour Bureau
srv-prefecture-13 = Tokyo Labour Bureau
srv-prefecture-14 = Kanagawa Labour Bureau
srv-prefecture-15 = Niigata Labour Bureau
srv-prefecture-16 = Toyama Labour Bureau
srv-prefecture-17 = Ishikawa Labour Bureau
srv-prefecture-18 = Fukui Labour Bureau
srv-prefecture-19 = Yamanashi Labour Bureau
srv-prefecture-20 = Nagano Labour Bureau
srv-prefecture-21 = Gifu Labour Bureau
srv-prefecture-22 = Shizuoka Labour Bureau
srv-prefecture-23 = Aichi Labour Bureau
srv-prefecture-24 = Mie Labour Bureau
srv-prefecture-25 = Shiga Labour Bureau
srv-prefecture-26 = Kyoto Labour Bureau
srv-prefecture-27 = Osaka Labour Bureau
srv-prefecture-28 = Hyogo Labour Bureau
srv-prefecture-29 = Nara Labour Bureau
srv-prefecture-30 = Wakayama Labour Bureau
srv-prefecture-31 = Tottori Labour Bureau
srv-prefecture-32 = Shimane Labour Bureau
srv-prefecture-33 = Okayama Labour Bureau
srv-prefecture-34 = Hiroshima Labour Bureau
srv-prefecture-35 = Yamaguchi Labour Bureau
srv-prefecture-36 = Tokushima Labour Bureau
srv-prefecture-37 = Kagawa Labour Bureau
srv-prefecture-38 = Ehime Labour Bureau
srv-prefecture-39 = Kochi Labour Bureau
srv-prefecture-40 = Fukuoka Labour Bureau
srv-prefecture-41 = Saga Labour Bureau
srv-prefecture-42 = Nagasaki Labour Bureau
srv-prefecture-43 = Kumamoto Labour Bureau
srv-prefecture-44 = Oita Labour Bureau
srv-prefecture-45 = Miyazaki Labour Bureau
srv-prefecture-46 = Kagoshima Labour Bureau
srv-prefecture-47 = Okinawa Labour Bureau

## Kiosk fleet

srv-fleet-title = Kiosks
srv-fleet-lead = A kiosk silent for more than { $minutes } minutes is marked as not responding.
srv-fleet-none = No kiosks are registered.
srv-fleet-kiosk = Kiosk
srv-fleet-state = State
srv-fleet-last-heartbeat = Last heartbeat
srv-fleet-version = Version
srv-fleet-occupation-table = Occupation table
srv-fleet-postcode-book = Postcode data
srv-fleet-occupations-differs = Differs from the server's table
srv-fleet-postcodes-differs = Differs from the server's data
srv-fleet-queue = Queued
srv-fleet-last-error = Last error
srv-fleet-ok = Running
srv-fleet-stale = Not responding
srv-fleet-never = Never
srv-fleet-pending = Waiting for enrolment (code valid until { $until })
srv-fleet-slot = Slot
srv-fleet-uptime = Uptime
srv-fleet-uptime-value = { $days }d { $hours }h { $minutes }min
srv-fleet-orientation = Screen
srv-fleet-orientation-portrait = Portrait
srv-fleet-orientation-landscape = Landscape
srv-fleet-steer = Steer
srv-fleet-command = Command
srv-fleet-action-wipe-screen = Wipe the screen, back to the start
srv-fleet-action-send-queue = Send the queue now
srv-fleet-action-restart = Restart the kiosk program
srv-fleet-action-reboot = Reboot the kiosk
srv-fleet-action-apply-config = Apply a configuration
srv-fleet-action-revoke = Revoke the enrolment
srv-fleet-config = Configuration file (for "apply a configuration" only)
srv-fleet-config-label = The contents of kiosk.toml
srv-fleet-send = Send
srv-fleet-command-sent = The command is recorded. The kiosk gets it with its next heartbeat (within a minute).
srv-fleet-command-not-found = There is no such kiosk.
srv-fleet-command-admin-only = Only an administrator may apply a configuration or revoke a kiosk.
srv-fleet-command-not-enrolled = A kiosk that is not enrolled yet cannot take commands.
srv-fleet-command-unknown = There is no such command. Choose one from the list.
srv-fleet-command-config-size = The configuration is empty or too long (64 KB at most).
srv-fleet-silent-alert = Kiosks silent for more than { $minutes } minutes: { $count }. Check their power and network.
srv-fleet-commands = Commands sent to kiosks
srv-fleet-commands-none = No commands yet.
srv-fleet-command-time = Time
srv-fleet-command-by = Sent by
srv-fleet-command-outcome = Outcome
srv-fleet-outcome-waiting = Waiting for the kiosk
srv-fleet-outcome-delivered = Delivered (no answer yet)
srv-fleet-outcome-done = Done
srv-fleet-outcome-refused = Refused:
srv-name-single = (one name only)
srv-field-card-name = Name on residence card

## Job-seeker information, disability, self-PR
srv-field-publication = Job-seeker information shown to companies
srv-publication-not-published = Not shown
srv-publication-without-employer-names = Shown without past employers' names
srv-publication-published = Shown
srv-field-contact-methods = Contact by
srv-contact-method-phone = Phone
srv-contact-method-email = E-mail
srv-contact-method-post = Post
srv-field-avoid-times = Times not to contact
srv-field-disability = Support as a person with a disability
srv-disability-wanted = Wanted
srv-disability-not-wanted = Not wanted
srv-disability-unstated = Prefers not to say
srv-field-certificate = Disability certificate
srv-certificate-physical = Physical disability certificate
srv-certificate-intellectual = Intellectual disability certificate (Ryoiku techo)
srv-certificate-mental = Mental disability certificate
srv-certificate-none-or-pending = None, or applied for
srv-grade-level = Grade { $grade }
srv-field-support-needs = Help wanted
srv-need-specialist-desk = Specialist counter
srv-need-hours = Working hours or days
srv-need-hospital = Hospital visits or medication
srv-need-facilities = Building and moving around
srv-need-communication = How things are said (writing, sign language)
srv-need-instructions = How instructions are given
srv-field-support-needs-text = About the disability, in their words
srv-disability-show = Show the answers about disability
srv-field-self-pr = Self-PR
srv-field-notes = Notes
## More items (the application at the counter)

srv-field-nationality = Nationality
srv-nationality-japanese = Japanese
srv-nationality-foreign = Other than Japanese
srv-field-residence-status = Status of residence
srv-field-residence-expiry = Period of stay (expiry)
srv-field-station = Nearest station
srv-field-commute = Commute by
srv-commute-walk = On foot
srv-commute-bicycle = Bicycle
srv-commute-motorbike = Motorbike
srv-commute-car = Car
srv-commute-train = Train
srv-commute-bus = Bus
srv-field-commute-minutes = Commuting time (one way)
srv-minutes = { $minutes } min
srv-field-work-styles = Working hours
srv-style-full-time = Full-time
srv-style-part-time = Part-time
srv-field-holidays = Days off wanted
srv-holiday-weekends = Weekends and public holidays
srv-holiday-weekdays = Weekdays
srv-holiday-shifts = Shifts
srv-holiday-any = No preference
srv-weekday-mon = Mon
srv-weekday-tue = Tue
srv-weekday-wed = Wed
srv-weekday-thu = Thu
srv-weekday-fri = Fri
srv-weekday-sat = Sat
srv-weekday-sun = Sun
srv-field-week = Hours and days a week
srv-hours-a-week = { $hours } hours a week
srv-days-a-week = { $days } days a week
srv-field-left-on = Date of leaving the last job
srv-field-leaving-reason = Reason for leaving
srv-leaving-employer = Employer's decision
srv-leaving-own = Own decision
srv-leaving-contract-end = End of contract
srv-leaving-retirement = Retirement age
srv-leaving-other = Other
srv-field-spouse = Spouse
srv-spouse-yes = Yes
srv-spouse-no = No
srv-spouse-unstated = Prefers not to say
srv-field-dependants = Dependants (not counting a spouse)
srv-people = { $n }
srv-unstated = Prefers not to say
srv-completion-graduated = graduated
srv-completion-withdrew = left before finishing
srv-completion-enrolled = still studying
srv-completion-expected = will graduate
srv-employment-casual = Casual (arubaito)
srv-employment-other = Other
srv-score = score { $score }
srv-year-obtained = obtained { $year }
srv-job-occupation = Occupation
srv-field-commute-minutes-unit = Commuting time (one way, minutes)
srv-field-weekly-hours-unit = Hours a week
srv-field-days-per-week-unit = Days a week

## Staff calls from the kiosks (counter console)
srv-calls-title = Staff calls
srv-calls-none = No one is calling.
srv-calls-notice = Staff called at kiosk { $kiosk } ({ $place })
srv-calls-screen = Screen: { $screen }
srv-calls-acknowledge = On my way
srv-calls-acknowledged = Staff are on the way.
srv-calls-screen-attract = Start screen
srv-calls-screen-consent = Consent
srv-calls-screen-basic = Basic details
srv-calls-screen-contact = Address and contact
srv-calls-screen-disclosure = Disclosure and contact
srv-calls-screen-desired-work = Desired work
srv-calls-screen-situation = Current situation
srv-calls-screen-education = Education and licences
srv-calls-screen-work-history = Work history
srv-calls-screen-disability = Disability
srv-calls-screen-self-pr = Self-PR
srv-calls-screen-review = Review
srv-calls-screen-my-page = My Page
srv-calls-screen-done = Done

## Staff codes (counter console)
srv-staff-codes-title = Staff codes
srv-staff-codes-lead = One code per person, for helping at a kiosk without wiping the visitor's form. Revoke the code of anyone who leaves.
srv-staff-codes-name = Name
srv-staff-codes-add = Make a code
srv-staff-codes-made = A code for { $name } has been made.
srv-staff-codes-once = This code is shown only now. Give it to its owner.
srv-staff-codes-none = No codes yet.
srv-staff-codes-added = Made
srv-staff-codes-revoke = Revoke
srv-staff-codes-revoked = Revoked ({ $at })
srv-staff-codes-name-invalid = Enter a name of 1 to 40 characters on one line.
srv-staff-assists-title = Assists at the kiosks
srv-staff-assists-none = None yet.
srv-staff-assists-when = When

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = Change your work history (職歴)
srv-my-jobs-lead = You can list the places you have worked, the most recent first. Changes apply at once, and the staff at the counter see them too.
srv-my-jobs-none = No work history is registered.
srv-my-jobs-entry = Job { $n }
srv-my-jobs-edit = Change
srv-my-jobs-remove = Remove
srv-my-jobs-add = Add a job
srv-my-jobs-max = You can register up to { $max } jobs. Please tell the staff at the counter about older ones.
srv-my-jobs-saved = Your work history is saved.
srv-my-jobs-removed = One job was removed from your work history.
srv-my-jobs-open = See or change your work history (職歴)
srv-my-job-edit-title = Change job { $n }
srv-my-job-back = Back to your work history
srv-my-job-employer = Employer (勤務先)
srv-my-job-period = Period
srv-my-job-present = now
srv-my-job-from = Year and month you started (入社)
srv-my-job-to = Year and month you left (退社)
srv-my-job-date-hint = In the Western calendar or the Japanese era, for example 2019/4 or 平成31年4月.
srv-my-job-to-hint = If you still work there, leave this empty.
srv-my-job-employment-type = Type of employment (雇用形態)
srv-my-job-duties = What you did there
srv-my-job-duties-hint = Example: cashier and shelf stocking at a supermarket
srv-my-job-changed = This job was changed elsewhere (for example in another window). Please check it as it is now and try again.
srv-my-job-remove-title = Remove this job?
srv-my-job-remove-lead = Once it is removed, the staff at the counter no longer see it either. You can add it again later if you need to.
srv-my-choice-not-accepted = We could not accept this choice. Please choose again from the list.
srv-my-disability-section = About a disability (障害について, optional)
srv-my-disability-closed = Your answers are not shown until you open them with the button below.
srv-my-disability-open = Open and change your answers about a disability
srv-my-disability-title = About a disability (障害について)
srv-my-disability-lead = Answering is up to you. Only the staff at the counter see your answers. Changes apply at once.
srv-my-disability-support = Would you like to register and be supported as a person with a disability?
srv-my-disability-details-note = The certificate, grade and support below are kept only if you choose “Wanted”.
srv-my-disability-grade = Grade or level (等級・程度)
srv-my-disability-grade-hint = Choose the grade or level on your certificate from the list. If you are not sure, leave it at “Not selected”.
srv-my-disability-needs-hint = Choose as many as apply.
srv-my-disability-clear-title = Delete your answers
srv-my-disability-clear-lead = This deletes all your answers about a disability. The staff at the counter will no longer see them, and no record of them is kept. You can answer again at any time.
srv-my-disability-clear = Delete all answers
srv-my-disability-cleared = Your answers about a disability are deleted.
srv-change-value-private = (contents not recorded)
