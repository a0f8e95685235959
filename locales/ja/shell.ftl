# キオスク本体（シェル）のメッセージ。主に管理者がコンソールで読むもの。
config-occupations-ok = { $file }：職業分類として使えます（{ $summary }）。
config-occupations-bad = { $file } は職業分類として使えません：{ $problem }
config-postcodes-ok = { $file }：郵便番号データとして使えます（{ $source }、{ $count } 件）。
config-postcodes-bad = { $file } は郵便番号データとして使えません：{ $problem }
config-ok = 設定ファイルに問題はありません。
config-unreadable = 設定ファイル { $path } を読み込めません（{ $reason }）。パスと読み取り権限を確認してください。
config-syntax = 設定ファイル { $path } の書き方に誤りがあります。{ $detail }
config-invalid = 設定ファイル { $path } のキー「{ $key }」が正しくありません：{ $problem }。値を直してから起動し直してください。
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = 設定ファイル { $path } は他のユーザーが読み取りや書き込みをできる状態です（モード { $mode }）。暗証番号のハッシュと接続先が書かれているため、起動しません。`chmod 0640 { $path }`（または 0600）で権限を絞ってから起動し直してください。
config-staff-pin-plain = 設定ファイル { $path } の staff_pin に暗証番号がそのまま書かれています。`madoguchi-kiosk hash-pin` を実行して暗証番号を入力し、表示された行（$argon2id$ で始まる）を staff_pin に書いてください。
hash-pin-not-a-pin = 暗証番号は4〜8桁の数字です。もう一度実行して入力してください。
hash-pin-failed = 暗証番号のハッシュを作れませんでした。もう一度実行してください。
enroll-not-pinned = 登録先のサーバーを確かめる手段がありません。設定ファイルに server_public_key を書くか、`madoguchi-server keygen` が表示したフィンガープリントを `--server-fingerprint` で指定してください。
enroll-key-mismatch = サーバーの鍵が違うため、登録しませんでした。期待した鍵：{ $expected }、サーバーが示した鍵：{ $answered }。サーバーのURLと鍵を確認してください。接続の途中で別のサーバーに差し替えられている可能性があります。
enroll-bad-fingerprint = 「{ $typed }」はフィンガープリントの形ではありません。`madoguchi-server keygen` が表示した、4桁ずつ8組の英数字（例：3f2a-9c1e-…）を入力してください。
enroll-insecure = { $url } は https:// ではないため、登録しませんでした。端末の登録用トークンが暗号化されずに流れてしまいます。https:// のURLを指定してください（http:// はデモ設定 demo = true のときだけ使えます）。
enroll-code-unreadable = 登録コードを { $path } から読み込めません（{ $reason }）。
enroll-code-empty = 登録コードが空です。`--code-file` のファイル、または標準入力に登録コードを書いてください。

kiosk-start-failed = キオスクを起動できません：{ $detail }
submit-invalid = 入力内容に確認が必要な項目があります。赤い表示の項目を直してください。
submit-not-ready = この端末は準備中のため、申込みを受け付けられません。係員にお声がけください。
submit-storage-failed = 申込みを保存できませんでした。お手数ですが、係員にお声がけください。入力内容はまだ送られていません。
survey-invalid = アンケートの回答を記録できませんでした。
wipe-failed = 画面の初期化に失敗しました。係員にお声がけください。
enroll-ok = この端末をサーバーに登録しました（安定所番号 { $office }）。キオスクを起動し直すと申込みを受け付けます。
fleet-config-keeps = 送られた設定は { $key } を変えています。この端末の { $key } は変えられないので、今の設定のまま動きます。{ $key } を今の値に戻して送り直してください。
provision-no-source = プロビジョニング用のフォルダー（kiosk.toml の入った madoguchi フォルダー）が見つかりません。探した場所: { $searched }。USB メモリーか起動パーティションに置いて、起動し直してください。
provision-write-failed = { $path } に書き込めません（{ $reason }）。
provision-ok = { $source } の設定を入れました（端末 { $kiosk }）。
enroll-failed = 端末を登録できませんでした：{ $detail }。登録コードの有効期限とサーバーのURLを確認し、必要なら `madoguchi-server kiosk add` で新しいコードを発行してください。
sync-not-enrolled = この端末はまだサーバーに登録されていません。`madoguchi-kiosk enroll --server URL --code-file FILE` で登録してください。
sync-done = 送信しました：{ $delivered } 件。未送信 { $queued } 件、受付拒否 { $refused } 件。
staff-disabled = この端末では係員モードが設定されていません（設定ファイルの staff_pin）。
staff-wrong-pin = 暗証番号が違います。
kanji-unavailable = いまは漢字の入力（手書き・変換）が使えません。カタカナで入力するか、係員にお声がけください。

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = 求職申込み 受付控え
receipt-slip-number = 受付番号
receipt-slip-date = 受付日
receipt-slip-counter = 窓口でこのレシートを見せて、受付番号をお伝えください。
receipt-slip-qr = スマートフォンでQRコードを読み取ると、申込みの続きができます。
receipt-slip-keep = 手続きが終わるまで、このレシートは捨てずにお持ちください。
