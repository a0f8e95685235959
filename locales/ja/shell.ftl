# キオスク本体（シェル）のメッセージ。主に管理者がコンソールで読むもの。
config-ok = 設定ファイルに問題はありません。
config-unreadable = 設定ファイル { $path } を読み込めません（{ $reason }）。パスと読み取り権限を確認してください。
config-syntax = 設定ファイル { $path } の書き方に誤りがあります。{ $detail }
config-invalid = 設定ファイル { $path } のキー「{ $key }」が正しくありません：{ $problem }。値を直してから起動し直してください。
kiosk-start-failed = キオスクを起動できません：{ $detail }
submit-invalid = 入力内容に確認が必要な項目があります。赤い表示の項目を直してください。
submit-not-ready = この端末は準備中のため、申込みを受け付けられません。係員にお声がけください。
submit-storage-failed = 申込みを保存できませんでした。お手数ですが、係員にお声がけください。入力内容はまだ送られていません。
survey-invalid = アンケートの回答を記録できませんでした。
wipe-failed = 画面の初期化に失敗しました。係員にお声がけください。
enroll-ok = この端末をサーバーに登録しました（安定所番号 { $office }）。キオスクを起動し直すと申込みを受け付けます。
enroll-failed = 端末を登録できませんでした：{ $detail }。登録コードの有効期限とサーバーのURLを確認し、必要なら `madoguchi-server kiosk add` で新しいコードを発行してください。
sync-not-enrolled = この端末はまだサーバーに登録されていません。`madoguchi-kiosk enroll --server URL --code CODE` で登録してください。
sync-done = 送信しました：{ $delivered } 件。未送信 { $queued } 件、受付拒否 { $refused } 件。
staff-disabled = この端末では係員モードが設定されていません（設定ファイルの staff_pin）。
staff-wrong-pin = 暗証番号が違います。
