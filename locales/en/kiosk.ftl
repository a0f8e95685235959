# Madoguchi kiosk screens (English). Keep the same ids as ja/kiosk.ftl.

## Whole kiosk

app-title = Hello Work job-seeker application
text-missing = (some text cannot be shown)
size-standard = Standard
size-large = Large
size-xlarge = Extra large
dialog-close = Close

## Attract

attract-title = Apply to Hello Work to look for a job
attract-lead = Fill in your job-seeker application here. At the end you get a receipt number: show it at the counter.
attract-start = Start
# Under the start button, shown in turn in every language, each in its own.
attract-touch = Touch the screen to start
attract-duration = It takes about 10 minutes.
attract-language = Language / ことば
attract-size = Text size
attract-theme = Screen colours
theme-standard = Standard
theme-contrast = High contrast
theme-dark = Dark
layout-reach = Show lower down
layout-reach-help = Puts the buttons and keyboard in the lower half of the screen (for wheelchair users and others).
attract-help = If anything is unclear, please ask a staff member nearby.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = Spoken guidance
speech-toggle-help = Reads the screen aloud through the headphones. The keypad’s * key also turns it on and off.
speech-on = Spoken guidance is on. Each screen’s title and instructions, the field you touch and the keys you press will be read aloud.
speech-off = Spoken guidance is off.
speech-form-hint = Touch a field to hear its name and what you have entered. When you have finished, press Next.
speech-empty = empty
speech-checked = checked
speech-unchecked = not checked

## Not ready

notready-title = Not available
notready-body = This kiosk cannot be used right now.
    Please go to the counter.
notready-staff = For staff: this kiosk is not enrolled yet (kiosk ID: { $kiosk }).
notready-staff-error = For staff: the kiosk information could not be loaded (code: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = Start over
nav-next = Next
nav-back = Back
nav-return-review = Back to review
nav-back-review = Back to review
nav-busy = Checking…
reset-title = Start over?
reset-body = Everything you have entered will be deleted.
reset-confirm = Delete and start over
reset-cancel = Keep going
idle-title = Are you still there?
idle-body = In { $seconds } seconds, everything you entered will be deleted and the kiosk will go back to the start. Touch the screen to keep going.
idle-continue = Continue
error-title = Something went wrong
error-ask-staff = Please ask a staff member. What you entered has not been lost.
error-generic = A problem occurred.
error-unreachable = The kiosk could not communicate internally.
error-unexpected = The kiosk ran into an unexpected problem.

## Steps

step-basic = About you
step-contact = Address and contact
step-desired-work = Desired work
step-situation = Current situation
step-education = Education and qualifications
step-work-history = Work history
step-review = Review
step-my-page = My Page
step-progress = Step { $current } of { $total }

## Fields

field-required = Required
field-optional = Optional
field-error-label = Error:
field-warning-label = Please check:
field-error-generic = Please check what you entered.
field-warning-generic = Please make sure this is correct.
choice-none = Not selected
list-remove = Remove
summary-errors-title = { $count ->
    [one] Please correct 1 item
   *[other] Please correct { $count } items
}
summary-warnings-title = Please check
summary-warnings-hint = If it is correct, press “Next” again.
unit-year = (year)
unit-month = (month)
unit-day = (day)
unit-yen = yen

## Consent

consent-title = How we handle your personal information
consent-lead = Please read this before you apply.
consent-purpose-title = Purpose
consent-purpose-body = { $office } uses the information you enter to accept your job-seeker application and to provide job placement and other employment services. It is not used for anything else.
consent-recorded-title = What is recorded and sent to Hello Work
consent-recorded-body = Your name and its reading, date of birth, sex (if you answer), nationality and status of residence (if you answer), address, nearest station and commute, phone number, email address, desired work, current situation (the date and reason you left your last job, spouse and dependants if you answer), education and qualifications, work history, and whether you want My Page. For the survey, only the score and the reason you pick are recorded.
consent-retention-title = How long it is kept
consent-retention-body = Hello Work keeps what you send for the period set by law and its rules. A job-seeker application is valid until the end of the month after next (extended when you get counselling or a referral).
consent-kiosk-title = What stays on this kiosk
consent-kiosk-body = Nothing. Everything you entered is deleted when you press “Finish”, or when the kiosk is left untouched for a while.
consent-agree = I have read the above and agree
consent-must-agree = Tick the box above to continue.

## 基本情報

basic-title = About you
basic-family-name = Family name (surname)
basic-family-name-help = You may use katakana or the Latin alphabet if you cannot write kanji.
basic-given-name = Given name
basic-kana-only = I cannot write my name in kanji (I will use katakana)
basic-family-kana = Family name (katakana)
basic-kana-help = Use katakana. Hiragana is turned into katakana for you.
basic-kana-suggest = Is your name read like this? If so, touch it to fill in the furigana.
basic-given-kana = Given name (katakana)
basic-birth-date = Date of birth
basic-birth-date-help = Choose the Western calendar or a Japanese era, then enter year, month and day.
basic-calendar = Calendar
basic-birth-year = Year of birth
basic-birth-month = Month of birth
basic-birth-day = Day of birth
basic-era-first-year = For the first year of an era (元年), enter “1” or “元”.
era-western = Western (e.g. 1990)
era-meiji = Meiji
era-taisho = Taisho
era-showa = Showa
era-heisei = Heisei
era-reiwa = Reiwa
basic-sex = Sex
basic-sex-help = Choose “Prefer not to say” if you do not want to answer.
sex-female = Female
sex-male = Male
sex-unstated = Prefer not to say

## 住所・連絡先

contact-title = Address and contact
contact-postcode = Postcode
contact-postcode-help = Enter the 7 digits and press “Find address”.
contact-postcode-mark = 〒
contact-lookup = Find address
contact-lookup-busy = Searching…
contact-pick-town = Choose your address
contact-town-whole = (no town name)
contact-prefecture = Prefecture
contact-city = City, ward, town or village
contact-town = Area (町域)
contact-street = Block and house number (番地)
contact-street-help = Example: 1-2-3
contact-building = Building name and room number
contact-building-help = Example: Midori Heights 101
contact-phone = Phone number
contact-phone-help = A number we can reach during the day. Hyphens are optional.
contact-email = Email address
contact-email-help = Used when you create My Page.

## 希望する仕事

work-title = Desired work
work-occupations = Kind of work you want
work-occupations-help = Choose up to 3. The first one is your first choice.
work-occupation-rank = Choice { $rank }
work-occupation-add = Choose a kind of work
work-occupation-full = You have chosen 3. To change, remove one first.
work-picker-title = Choose a kind of work
work-picker-browse = Browse by field
work-picker-search = Search by word
work-picker-major-hint = Choose the closest field.
work-picker-back-major = Back to the list of fields
work-picker-search-label = Name of the work
work-picker-search-help = Enter it in katakana or Latin letters. Example: カイゴ (care work)
work-picker-no-result = Nothing found. Try another word, or browse by field.
work-picker-loading = Loading…
work-picker-close = Close
occ-unknown = Occupation (code { $code })
work-employment-types = Type of employment
work-employment-types-help = Choose all that you would accept.
employment-full-time = Full-time employee
employment-part-time = Part-time
employment-dispatch = Agency (dispatch)
employment-contract = Contract employee
work-locations = Where you want to work
work-locations-help = Enter a prefecture, city or town.
work-location-add = Add a place
work-wage = Desired pay
work-wage-help = The lowest amount you would accept. Leave empty if you have no preference.
wage-monthly = Monthly
wage-hourly = Hourly
work-wage-amount = Amount
work-hours = Desired working hours
work-hours-help = Example: 9:00 to 17:00. Leave empty if you have no preference.
work-hours-start = From
work-hours-end = To
work-hours-to = –
work-days = Days you can work
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

## 現在の状況

situation-title = Current situation
situation-employment = Are you working now?
situation-employed = Yes, I am working
situation-not-employed = No, I am not working
situation-student = I am a student
situation-insurance = Do you plan to receive unemployment benefits (employment insurance)?
situation-insurance-help = If you are not sure, you can ask at the counter.
insurance-yes = Yes
insurance-no = No
insurance-unsure = Not sure

## 学歴・資格

education-title = Education and qualifications
education-final-level = Highest level of education
level-junior-high = Junior high school
level-high-school = High school
level-vocational = Vocational school
level-junior-college = Junior college / college of technology
level-university = University
level-graduate = Graduate school
level-other = Other
education-school-name = School name
education-school-name-help = The last school you attended.
education-graduation-year = Year you left school
education-graduation-year-help = A Western year or a Japanese era year both work, e.g. 2008, 平成20 or H20. Leave empty if you do not know.
education-qualifications = Licences and qualifications
education-qualifications-help = Example: driving licence, JLPT N2
education-qualification-add = Add a licence or qualification

## 職歴

history-title = Work history
history-help = Start with your most recent job. If you have none, just press “Next”.
history-none = No jobs entered.
history-entry = Job { $n }
history-add = Add a job
history-remove = Remove this job
history-employer = Employer (company name)
history-duties = What you did
history-duties-help = Example: cashier at a supermarket
history-from = Started (year and month)
history-to = Left (year and month)
history-to-help = Leave empty if you still work there.
history-year = Year (Western or Japanese era)
history-month = Month
history-employment-type = Type of employment

## 確認

review-title = Review your application
review-lead = Please check everything. To change something, press “Edit”.
review-blocked = Some items need correcting. Press “Edit” in the red sections.
review-edit = Edit
review-empty = Not entered
review-none = None
review-yes = Yes
review-name = Name
review-kana = Reading (katakana)
review-birth-date = { $era } { $year }, month { $month }, day { $day }
review-birth-date-western = { $year }/{ $month }/{ $day } (year/month/day)
review-postcode = 〒{ $first }-{ $last }
review-address = Address
review-wage = { $kind }, at least { $amount } yen
review-hours = { $start } – { $end }
review-list-sep = ,{" "}
review-year-month = { $year }/{ $month }
review-period-label = Period
review-period = { $from } – { $to }
review-present = now

## マイページ

mypage-title = Job-seeker My Page
mypage-lead = With My Page you can check this application and its progress from your own smartphone or computer.
mypage-benefit-status = See where your application stands (received, accepted)
mypage-benefit-edit = See what you registered and change your contact details and desired work
mypage-benefit-email = Change the email address you sign in with
mypage-want = Create My Page
mypage-decline = Not now
mypage-email-help = We will send the sign-up guide here.
mypage-password = You do not set a password at this kiosk. You will set it later on your own smartphone.
mypage-declined = You can create My Page later. Ask at the counter.
mypage-submit = Apply
mypage-submit-note = When you press “Apply”, your application is sent to Hello Work.

## 完了

done-title = Your application has been received
done-receipt-label = Receipt number
done-next-counter = Show this receipt number at the counter.
done-qr-label = QR code to continue on your smartphone
done-next-qr = Scan the QR code with your smartphone to continue there.
done-next-qr-mypage = Scan the QR code with your smartphone and set your My Page password.
done-finish = Finish
done-auto = Returning to the start in { $seconds } seconds.
survey-title = Was this kiosk easy to use?
survey-1 = Very hard
survey-2 = Hard
survey-3 = OK
survey-4 = Easy
survey-5 = Very easy
survey-reason-title = Why? (optional)
survey-reason-easy = Easy to understand
survey-reason-quick = Quick
survey-reason-hard-to-read = Hard to read
survey-reason-slow = Took too long
survey-reason-keyboard = Typing was difficult
survey-reason-other = Other
survey-thanks = Thank you for your feedback.

## On-screen keyboard

kb-label = On-screen keyboard
kb-mode = Keyboard type
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = Space
kb-backspace = Delete one character
kb-close = Close keyboard
kb-shift = Capital letter
kb-dakuten = Voiced mark (゛)
kb-handakuten = Semi-voiced mark (゜)
kb-small = small
kb-small-label = Small kana
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = Staff PIN
staff-pin-lead = Enter the staff PIN (4 to 8 digits) and press OK.
staff-pin-count =
    { $count ->
        [one] { $count } digit entered
       *[other] { $count } digits entered
    }
staff-pin-ok = OK
staff-pin-cancel = Cancel
staff-busy = Checking…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = Five wrong PINs: staff mode is locked for now. Please wait { $minutes } min. and try again.

staff-title = Staff mode
staff-read-at = As of { $time }
staff-lead = How this kiosk is delivering applications. No visitor data is shown. Press “Close” when you are done.
staff-enrolled = Enrolment with the server
staff-enrolled-yes = Enrolled
staff-enrolled-no = Not enrolled (cannot take applications)
staff-enroll-help = To enrol this kiosk, run `madoguchi-server kiosk add` on the server to issue an enrolment code, then run `madoguchi-kiosk enroll --server URL --code-file FILE` on this kiosk (URL is the server’s address, FILE a file holding the code you were given; add `--server-fingerprint` with the fingerprint `madoguchi-server keygen` printed unless the configuration names the server’s key). Then restart the kiosk.
staff-server-url = Server URL
staff-not-set = Not set
staff-queue = Applications waiting to be sent
staff-count = { $count }
staff-refused = Applications the server refused
staff-last-success = Last successful delivery
staff-never = None yet
staff-last-error = Last error
staff-no-error = None
staff-version = Version
staff-kiosk = Kiosk ID / office code
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = Send now
staff-sync-requested = Sending has started. The figures update in a few seconds.
staff-refresh = Refresh
staff-close = Close

basic-single-name = I have only one name (my residence card shows no given name)
basic-card-name = Name on your residence card (在留カード), in Latin letters
basic-card-name-help = If you have a residence card, enter your name exactly as printed on it (example: NGUYEN THI LAN). Leave it empty if you have none.
kb-mode-write = Write
kb-convert = Kanji (変換)
kb-candidates = Suggestions
kb-pad-label = Writing pad: write one character at a time with your finger
kb-pad-hint = Write one character here
kb-pad-undo = Undo stroke
kb-pad-clear = Clear
kb-pad-empty = Suggestions appear here as you write
kb-pad-chinese = 简体中文
kb-pad-chinese-label = Write in simplified Chinese: the form used on Japanese papers is offered first
kb-pad-hint-chinese = Write one character here (simplified Chinese)
kb-variants = Other forms of the character (異体字)
kb-variants-hint = Tap to choose another form (髙, 﨑…)
kb-variants-none = This character has no other forms
kb-variants-close = Close
kb-accents = Letters with accents

## Job-seeker information, disability, self-PR (three screens of the official form)
step-disclosure = Sharing and contact
step-disability = Disability
step-self-pr = About yourself
disclosure-title = Sharing your information, and how we contact you
disclosure-lead = Choose whether companies looking for staff may see your job-seeker information, and how Hello Work may contact you.
disclosure-publication = May companies see your job-seeker information?
disclosure-publication-help = If you allow it, a company may invite you to apply. Your name, address, phone number and e-mail address are never shown, whatever you choose.
publication-not-published = No, do not show it
publication-without-employer-names = Yes, without the names of my past employers
publication-published = Yes, including the names of my past employers
disclosure-contact-methods = How may Hello Work contact you?
disclosure-contact-methods-help = Choose as many as you like. E-mails go to the address you entered under “Address and contact”.
contact-method-phone = Phone
contact-method-email = E-mail
contact-method-post = Post
disclosure-avoid-times = Times we should not contact you
disclosure-avoid-times-help = Example: weekdays 9:00–17:00 (at work)
disability-title = Disability
disability-lead = You do not have to answer anything on this screen. Only the staff at the counter see your answers. On the review screen they stay hidden until you press “Show”.
disability-support = Would you like to register, and be supported, as a person with a disability?
disability-support-help = You can be offered jobs for people with disabilities and talk to a specialist counter.
disability-support-wanted = Yes
disability-support-not-wanted = No
disability-support-unstated = I prefer not to say
disability-certificate = Disability certificate
certificate-physical = Physical disability certificate
certificate-intellectual = Intellectual disability certificate (Ryoiku techo)
certificate-mental = Mental disability certificate
certificate-none-or-pending = None, or applied for
disability-grade = Grade
disability-grade-help = Choose the grade written in your certificate. If you are not sure, leave it “Not selected”.
grade-level = Grade { $grade }
grade-intellectual-a = A (severe)
grade-intellectual-b = B (other than A)
grade-as-written = { $grade }
disability-needs = Help you would like
disability-needs-help = Choose as many as you like.
need-specialist-desk = Talk to a specialist counter
need-hours = Working hours or days
need-hospital = Hospital visits or medication
need-facilities = Building and moving around (wheelchair, steps)
need-communication = How things are said (writing, sign language)
need-instructions = How instructions are given (in writing, one at a time)
disability-needs-text = Anything else you would like us to know
disability-needs-text-help = Example: I cannot stand for long periods.
disability-skip = Skip this screen
selfpr-title = About yourself and notes
selfpr-lead = Both are optional. What you write is used when we talk with you and when we introduce you to companies.
selfpr-appeal = About yourself (self-PR)
selfpr-appeal-help = What you are good at, your experience, how you would use your qualifications. Example: I have worked in customer service for ten years.
selfpr-notes = Notes for the counter
selfpr-notes-help = Anything the counter should know. Example: I can start in April. I take my child to school.
text-count = { $count } / { $max } characters
review-hidden = Hidden so that people nearby cannot read it.
review-show = Show
review-hide = Hide
kb-newline = New line
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = Nationality
basic-nationality-japanese = Japanese
basic-nationality-foreign = Other than Japanese
basic-country = Country or region of nationality
basic-country-help = Example: Viet Nam, Brazil
basic-residence-status = Status of residence
basic-residence-status-help = Choose the status printed on your residence card. Staff will check at the counter which work it allows.
basic-residence-status-choose = Choose the status of residence
basic-residence-status-change = Choose again
basic-residence-status-title = Choose your status of residence
basic-residence-expiry = Period of stay (expiry date)
basic-residence-expiry-help = As printed on your residence card. Permanent residents and special permanent residents leave this empty.
contact-station = Nearest station
contact-station-help = The full name of the station (example: 新宿駅 Shinjuku Station).
contact-commute = How you can get to work
contact-commute-help = Choose all that you can use.
commute-walk = On foot
commute-bicycle = Bicycle
commute-motorbike = Motorbike
commute-car = Car
commute-train = Train
commute-bus = Bus
contact-commute-minutes = Commuting time (one way)
contact-commute-minutes-help = How many minutes at most? Example: 30
unit-minutes = min
unit-hours = hours
unit-days = days
unit-people = people
work-styles = Working hours
work-styles-help = Full-time or part-time; you may choose both.
style-full-time = Full-time
style-part-time = Part-time
employment-casual = Casual (arubaito)
employment-other = Other
work-holidays = Days off you want
holiday-weekends = Weekends and public holidays
holiday-weekdays = Weekdays
holiday-shifts = Shifts
holiday-any = No preference
work-days-off = Other days you want off
work-weekly-hours = Hours a week
work-weekly-hours-help = Example: 40
work-days-per-week = Days a week
work-days-per-week-help = Example: 5
situation-left-on = Date you left your last job
situation-left-on-help = Western or Japanese era year. Leave it empty if you do not know.
situation-leaving-reason = Reason for leaving
leaving-employer = The employer's decision (dismissal, closure)
leaving-own = My own decision
leaving-contract-end = The contract ended
leaving-retirement = Retirement age
leaving-other = Other
situation-spouse = Spouse
spouse-yes = Yes
spouse-no = No
spouse-unstated = Prefer not to say
situation-dependants = Number of dependants (not counting a spouse)
situation-dependants-help = Enter 0 if you have none.
situation-dependants-unstated = Prefer not to say
education-department = Faculty and department
education-department-help = Example: Faculty of Economics
education-completion = Did you finish?
completion-graduated = Graduated
completion-withdrew = Left before finishing
completion-enrolled = Still studying
completion-expected = Will graduate
education-qualification-entry = Licence or qualification { $n }
education-qualification-search = Search the list (type the name or its reading, example: かいご)
education-qualification-none-found = Not in the list. Please write the name in the box below.
education-qualification-chosen = Chosen licence or qualification
education-qualification-name = If it is not in the list, write its name
education-qualification-score = Score
education-qualification-year = Year obtained
education-qualification-year-help = Example: 2015 or 平成27
education-qualification-remove = Remove
education-qualification-change = Choose again
education-qualification-max = You can enter up to { $max } licences and qualifications. Please tell staff about the others.
history-occupation = Occupation
history-occupation-choose = Choose the occupation
history-occupation-change = Choose again
history-leaving-reason = Reason for leaving
history-max = You can enter up to { $max } jobs. Please tell staff at the counter about the others.
review-commute-minutes = { $minutes } min
review-weekly-hours = { $hours } hours a week
review-days-per-week = { $days } days a week
review-dependants = { $n }
review-score = score { $score }
review-year-obtained = obtained { $year }
review-with-details = { $name } ({ $details })
date-year = Year
date-month = Month
date-day = Day

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = Fill in with My Number Card
card-start-help = With a My Number Card, your name, address, date of birth and sex can be read from the card. The card holds no furigana: please type it yourself.
card-title = Fill in with My Number Card
card-place = Place your My Number Card on the reader, then press “Card placed”.
card-place-note = Only your name, address, date of birth and sex are read. Your Individual Number (My Number) is never read.
card-placed = Card placed
card-pin-lead = Enter the card’s 4-digit PIN for filling in forms (券面事項入力補助用暗証番号).
card-tries = PIN tries left: { $tries }
card-pin-count = { $count } digits entered
card-read = Read the card
card-busy = Reading…
card-cancel = Cancel
card-close = Close
card-counter = Please ask the staff at the counter. You can also fill in the form by hand.
card-done = Read from your My Number Card. Please check each field. For the furigana, touch a suggested reading below the field or type it.
card-error-no-reader = No card reader was found. Please tell the staff, or fill in the form by hand.
card-error-no-card = No card was found. Place your My Number Card on the reader.
card-error-not-my-number = This does not seem to be a My Number Card. Please place your My Number Card.
card-error-removed = The card left the reader while it was being read. Keep it on the reader and try again.
card-error-wrong-pin = Wrong PIN. { $tries } tries left.
card-error-last-try = Only { $tries } PIN try is left: so that your card is not locked, this kiosk will not try it.
card-error-blocked = The card’s PIN is locked. Your city office can unlock it.
card-error-pin-format = The PIN is 4 digits.
card-error-unreadable = The card’s data could not be read. Please fill in the form by hand.
card-error-reader = The card reader did not work. Please try again.
review-card-read = Your name, address, date of birth and sex were read from your My Number Card.

## Call staff (every screen)
call-staff = Call staff
call-staff-waiting-title = Calling staff
call-staff-waiting-body = Calling staff. Please wait a moment; if no one comes, ask a member of staff nearby.
call-staff-sent-title = Staff have been called
call-staff-sent-body = Please wait here. What you have entered stays.
call-staff-coming-title = Staff are on the way
call-staff-coming-body = A member of staff is on the way. Please wait here.

## The assist layer (staff over the visitor's form)
assist-open = Staff controls
assist-pad-title = Staff code
assist-pad-lead = Staff: enter your own code. Nothing the visitor has entered is lost.
assist-title = Staff are helping
assist-lead = Everything entered stays. When done, press "Hand back".
assist-hand-back = Hand back
assist-steps = Go to a screen
assist-explain = Explain a field
assist-field-required = This field must be filled in.
assist-field-optional = This field may be left empty.
assist-no-codes = No staff codes have reached this kiosk yet. Wait a minute or ask the administrator.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = Printing your receipt…
receipt-printed = Please take your receipt.
receipt-print-failed = The receipt could not be printed. Please tell a staff member. Your receipt number is shown on this screen.
receipt-print-incomplete = The printer ran out of paper while printing, so your receipt is not complete. Please tell a staff member. Your receipt number is shown on this screen.
staff-printer = Receipt printer
staff-printer-none = Not configured
staff-printer-ready = Ready to print
staff-printer-near-end = Paper is running low. Change the roll soon.
staff-printer-paper-out = Out of paper. Change the roll.
staff-printer-cover-open = The cover is open. Close it.
staff-printer-offline = The printer does not answer. Check its power and its error light.
staff-printer-unreachable = Cannot connect to the printer ({ $address }). Check its power, the cable, and printer in the configuration file.
