# キオスク本体（シェル）のメッセージ（やさしい日本語）。
config-occupations-ok = { $file } は 使えます（{ $summary }）。
config-occupations-bad = { $file } は 使えません：{ $problem }
config-postcodes-ok = { $file }：ゆうびんばんごうの データとして つかえます（{ $source }、{ $count } けん）。
config-postcodes-bad = { $file } は ゆうびんばんごうの データとして つかえません：{ $problem }
config-ok = せっていファイルは だいじょうぶです。
config-unreadable = せっていファイル { $path } を よめません（{ $reason }）。ばしょと けんげんを みてください。
config-syntax = せっていファイル { $path } の かきかたが まちがっています。{ $detail }
config-invalid = せっていファイル { $path } の「{ $key }」が まちがっています：{ $problem }。なおしてから もういちど うごかしてください。
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = せっていファイル { $path } は ほかの ひとも よめます（モード { $mode }）。あぶないので うごきません。`chmod 0640 { $path }` を してから もういちど うごかしてください。
config-staff-pin-plain = せっていファイル { $path } の staff_pin に ばんごうが そのまま かいて あります。`madoguchi-kiosk hash-pin` を うごかして ばんごうを いれて、でてきた ぎょうを staff_pin に かいてください。
hash-pin-not-a-pin = ばんごうは 4〜8けたの すうじです。もういちど いれてください。
hash-pin-failed = ばんごうを かくせませんでした。もういちど うごかしてください。
enroll-not-pinned = サーバーを たしかめられません。server_public_key を かくか、`--server-fingerprint` を つけてください。
enroll-key-mismatch = サーバーの かぎが ちがいます。とうろくしませんでした。よていの かぎ：{ $expected }、サーバーの かぎ：{ $answered }。
enroll-bad-fingerprint = 「{ $typed }」は フィンガープリントの かたちでは ありません。`madoguchi-server keygen` が だした もじを いれてください。
enroll-insecure = { $url } は https:// では ありません。とうろくしませんでした。https:// の URL を つかってください。
enroll-code-unreadable = とうろくの コードを { $path } から よめません（{ $reason }）。
enroll-code-empty = とうろくの コードが ありません。ファイルか にゅうりょくで コードを わたしてください。

kiosk-start-failed = キオスクが うごきません：{ $detail }
submit-invalid = なおすところが あります。あかい ところを なおしてください。
submit-not-ready = この きかいは まだ つかえません。かかりの ひとに こえを かけてください。
submit-storage-failed = もうしこみを ほぞんできませんでした。かかりの ひとに こえを かけてください。
survey-invalid = アンケートを ほぞんできませんでした。
wipe-failed = がめんを もとに もどせませんでした。かかりの ひとに こえを かけてください。
enroll-ok = この きかいを サーバーに とうろくしました（ばんごう { $office }）。キオスクを もういちど うごかしてください。
fleet-config-keeps = 送られた 設定は { $key } を かえて います。この きかいの { $key } は かえられません。いまの 設定の まま うごきます。{ $key } を もとに もどして、もう一度 送って ください。
provision-no-source = 設定の フォルダー（kiosk.toml が 入った madoguchi フォルダー）が 見つかりません。さがした ところ: { $searched }。USB メモリーに 入れて、もう一度 うごかして ください。
provision-write-failed = { $path } に 書けません（{ $reason }）。
provision-ok = { $source } の 設定を 入れました（きかい { $kiosk }）。
enroll-failed = きかいを とうろくできませんでした：{ $detail }。コードと サーバーの URL を みてください。
sync-not-enrolled = この きかいは まだ サーバーに とうろくされていません。`madoguchi-kiosk enroll --server URL --code-file FILE` で とうろくしてください。
sync-done = おくりました：{ $delivered } けん。まだ おくっていない もの { $queued } けん、うけつけられなかった もの { $refused } けん。
staff-disabled = この きかいでは かかりいんモードが つかえません。
staff-wrong-pin = ばんごうが ちがいます。
kanji-unavailable = いまは かんじを かく ことが できません。カタカナで かくか、かかりの ひとに いって ください。

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = ｛求職｜きゅうしょく｝の もうしこみ　うけつけの かみ
receipt-slip-number = ｛受付番号｜うけつけばんごう｝
receipt-slip-date = うけつけた ひ
receipt-slip-counter = ｛窓口｜まどぐち｝で この レシートを みせて、｛受付番号｜うけつけばんごう｝を いって ください。
receipt-slip-qr = スマートフォンで QRコードを よむと、もうしこみの つづきが できます。
receipt-slip-keep = てつづきが おわるまで、この レシートを すてないで ください。
