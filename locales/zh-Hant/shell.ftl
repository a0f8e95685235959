# Messages of the kiosk itself (the shell), mostly read by the administrator on the console.
config-occupations-ok = { $file }：可以用作職業分類（{ $summary }）。
config-occupations-bad = { $file } 不能用作職業分類：{ $problem }
config-postcodes-ok = { $file } 可用作郵遞區號資料（{ $source }，{ $count } 筆）。
config-postcodes-bad = { $file } 無法用作郵遞區號資料：{ $problem }
config-ok = 設定檔案沒有問題。
config-unreadable = 無法讀取設定檔案 { $path }（{ $reason }）。請確認路徑和讀取權限。
config-syntax = 設定檔案 { $path } 的寫法有錯誤。{ $detail }
config-invalid = 設定檔案 { $path } 的鍵「{ $key }」不正確：{ $problem }。請修改值後重新啟動。
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = 設定檔案 { $path } 處於其他使用者可以讀取或寫入的狀態（模式 { $mode }）。由於檔案中寫有密碼的雜湊值和連線目標，因此不啟動。請用 `chmod 0640 { $path }`（或 0600）收緊權限後重新啟動。
config-staff-pin-plain = 設定檔案 { $path } 的 staff_pin 中直接寫著密碼。請執行 `madoguchi-kiosk hash-pin` 並輸入密碼，然後把顯示的那一行（以 $argon2id$ 開頭）寫到 staff_pin 中。
hash-pin-not-a-pin = 密碼是4〜8位數字。請重新執行並輸入。
hash-pin-failed = 無法生成密碼的雜湊值。請重新執行。
enroll-not-pinned = 無法確認要登記的伺服器。請在設定檔案中寫入 server_public_key，或用 `--server-fingerprint` 指定 `madoguchi-server keygen` 顯示的指紋。
enroll-key-mismatch = 伺服器的金鑰不一致，因此沒有登記。預期的金鑰：{ $expected }，伺服器出示的金鑰：{ $answered }。請確認伺服器的 URL 和金鑰。連線途中可能被替換成了其他伺服器。
enroll-bad-fingerprint = 「{ $typed }」不是指紋的格式。請輸入 `madoguchi-server keygen` 顯示的、每組4位共8組的英文字母和數字（例：3f2a-9c1e-…）。
enroll-insecure = { $url } 不是 https://，因此沒有登記。終端的登記令牌會在未加密的狀態下傳送。請指定 https:// 的 URL（http:// 只能在演示設定 demo = true 時使用）。
enroll-code-unreadable = 無法從 { $path } 讀取登記代碼（{ $reason }）。
enroll-code-empty = 登記代碼為空。請把登記代碼寫在 `--code-file` 的檔案中，或寫到標準輸入。

kiosk-start-failed = 無法啟動終端：{ $detail }
submit-invalid = 填寫內容中有需要確認的項目。請修改紅色顯示的項目。
submit-not-ready = 本終端正在準備中，無法受理申請。請詢問工作人員。
submit-storage-failed = 無法儲存申請。麻煩您詢問工作人員。填寫的內容還沒有傳送。
survey-invalid = 無法記錄問卷的回答。
wipe-failed = 畫面初始化失敗。請詢問工作人員。
enroll-ok = 已將本終端登記到伺服器（安定所編號 { $office }）。重新啟動終端後即可受理申請。
fleet-config-keeps = 收到的設定變更了 { $key }。本終端的 { $key } 無法變更，因此將繼續依目前的設定運作。請將 { $key } 改回目前的值後重新傳送。
provision-no-source = 找不到用於初始設定的資料夾（內含 kiosk.toml 的 madoguchi 資料夾）。已搜尋的位置：{ $searched }。請將其放在 USB 隨身碟或開機分割區中，然後重新啟動。
provision-write-failed = 無法寫入 { $path }（{ $reason }）。
provision-ok = 已安裝 { $source } 中的設定（終端 { $kiosk }）。
enroll-failed = 無法登記終端：{ $detail }。請確認登記代碼的有效期限和伺服器的 URL，必要時用 `madoguchi-server kiosk add` 發放新的代碼。
sync-not-enrolled = 本終端尚未登記到伺服器。請用 `madoguchi-kiosk enroll --server URL --code-file FILE` 登記。
sync-done = 已傳送：{ $delivered }件。未傳送 { $queued }件，拒絕受理 { $refused }件。
staff-disabled = 本終端沒有設定工作人員模式（設定檔案中的 staff_pin）。
staff-wrong-pin = 密碼不正確。
kanji-unavailable = 目前無法輸入漢字（手寫・轉換）。請用片假名輸入，或詢問工作人員。

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = 求職申請 受理憑條
receipt-slip-number = 受理編號（受付番号）
receipt-slip-date = 受理日期
receipt-slip-counter = 請在窗口出示這張憑條，並告知受理編號。
receipt-slip-qr = 用智慧型手機掃描QR Code，就可以繼續辦理申請。
receipt-slip-keep = 在手續辦完之前，請妥善保管這張憑條。
