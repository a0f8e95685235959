# Messages of the kiosk shell, mostly read by administrators on the console (Filipino/Tagalog).
config-occupations-ok = Magagamit ang { $file } bilang klasipikasyon ng trabaho ({ $summary }).
config-occupations-bad = Hindi magagamit ang { $file } bilang klasipikasyon ng trabaho: { $problem }
config-postcodes-ok = Magagamit ang { $file } bilang listahan ng postal code ({ $source }, { $count } code).
config-postcodes-bad = Hindi magagamit ang { $file } bilang listahan ng postal code: { $problem }
config-ok = Walang problema ang configuration file.
config-unreadable = Hindi mabasa ang configuration file na { $path } ({ $reason }). Suriin ang path at ang pahintulot sa pagbasa.
config-syntax = Mali ang pagkakasulat ng configuration file na { $path }. { $detail }
config-invalid = Sa configuration file na { $path }, mali ang key na “{ $key }”: { $problem }. Itama ang halaga at simulan muli.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = Bukas sa ibang user ang configuration file na { $path } (mode { $mode }). Naglalaman ito ng hash ng PIN ng kawani at ng server na pagkakatiwalaan, kaya hindi magsisimula ang kiosk. Higpitan ito gamit ang `chmod 0640 { $path }` (o 0600) at simulan muli.
config-staff-pin-plain = Sa configuration file na { $path }, ang mismong PIN ang nasa staff_pin. Patakbuhin ang `madoguchi-kiosk hash-pin`, i-type ang PIN, at ilagay sa staff_pin ang linyang ipapakita nito (nagsisimula sa $argon2id$).
hash-pin-not-a-pin = Ang PIN ng kawani ay 4 hanggang 8 numero. Patakbuhin muli ang command at mag-type ng isa.
hash-pin-failed = Hindi ma-hash ang PIN. Patakbuhin muli ang command.
enroll-not-pinned = Walang paraan para suriin ang server: itakda ang server_public_key sa configuration file, o ibigay gamit ang `--server-fingerprint` ang fingerprint na ipinakita ng `madoguchi-server keygen`.
enroll-key-mismatch = Ibang key ang isinagot ng server, kaya hindi nairehistro ang kiosk. Inaasahang key: { $expected }; key ng server: { $answered }. Suriin ang URL at key ng server: maaaring may nakapagitna sa kiosk na ito at sa server.
enroll-bad-fingerprint = Hindi fingerprint ang “{ $typed }”. I-type ang walong grupo ng tig-apat na titik na ipinakita ng `madoguchi-server keygen` (hal.: 3f2a-9c1e-…).
enroll-insecure = Hindi https:// ang { $url }, kaya hindi nairehistro ang kiosk: dadaan nang walang encryption ang token nito. Magbigay ng https:// na URL (gumagana lang ang simpleng http:// kapag demo = true).
enroll-code-unreadable = Hindi mabasa ang enrolment code mula sa { $path } ({ $reason }).
enroll-code-empty = Walang laman ang enrolment code. Ilagay ito sa file na ibinigay sa `--code-file`, o sa standard input.

kiosk-start-failed = Hindi makapagsimula ang kiosk: { $detail }
submit-invalid = May mga sagot na kailangang suriin. Itama ang mga bahaging may pulang marka.
submit-not-ready = Hindi pa handang tumanggap ng aplikasyon ang makinang ito. Tumawag po ng kawani.
submit-storage-failed = Hindi ma-save ang inyong aplikasyon. Tumawag po ng kawani; wala pang naipadala.
survey-invalid = Hindi maitala ang inyong sagot sa survey.
wipe-failed = Hindi ma-reset ang screen. Tumawag po ng kawani.
enroll-ok = Nakarehistro na ang kiosk na ito sa server nito (opisina { $office }). I-restart ang kiosk para tumanggap ng aplikasyon.
fleet-config-keeps = Binabago ng ipinadalang configuration ang { $key }, na hindi na nababago sa buong buhay ng kiosk, kaya patuloy ang kiosk sa kasalukuyan nitong configuration. Ibalik ang kasalukuyang { $key } at ipadala itong muli.
provision-no-source = Walang nakitang provisioning folder (isang madoguchi folder na may kiosk.toml). Hinanap sa: { $searched }. Ilagay ito sa USB stick o sa boot partition at simulan muli.
provision-write-failed = Hindi maisulat ang { $path } ({ $reason }).
provision-ok = Naka-install na ang configuration mula sa { $source } (kiosk { $kiosk }).
enroll-failed = Hindi nairehistro ang kiosk: { $detail }. Tiyaking hindi pa expired ang code at tama ang URL ng server; kung kailangan, maglabas ng bagong code gamit ang `madoguchi-server kiosk add`.
sync-not-enrolled = Hindi pa nakarehistro sa server ang kiosk na ito. Irehistro ito gamit ang `madoguchi-kiosk enroll --server URL --code-file FILE`.
sync-done = Naipadala: { $delivered }. Nakapila pa: { $queued }; tinanggihan ng server: { $refused }.
staff-disabled = Hindi naka-set up ang staff mode sa kiosk na ito (staff_pin sa configuration file).
staff-wrong-pin = Mali ang PIN.
kanji-unavailable = Hindi magagamit ngayon ang pag-input ng kanji (pagsulat at 変換). Mag-type sa katakana o tumawag po ng kawani.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = Resibo ng aplikasyon sa paghahanap ng trabaho
receipt-slip-number = Numero ng pagtanggap (受付番号)
receipt-slip-date = Petsa
receipt-slip-counter = Ipakita po ang resibong ito sa counter at sabihin ang inyong numero ng pagtanggap.
receipt-slip-qr = I-scan ang QR code gamit ang smartphone para ituloy ang aplikasyon doon.
receipt-slip-keep = Itago po ang resibong ito hanggang matapos ang proseso.
