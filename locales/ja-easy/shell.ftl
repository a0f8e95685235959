# キオスク本体（シェル）のメッセージ（やさしい日本語）。
config-ok = せっていファイルは だいじょうぶです。
config-unreadable = せっていファイル { $path } を よめません（{ $reason }）。ばしょと けんげんを みてください。
config-syntax = せっていファイル { $path } の かきかたが まちがっています。{ $detail }
config-invalid = せっていファイル { $path } の「{ $key }」が まちがっています：{ $problem }。なおしてから もういちど うごかしてください。
kiosk-start-failed = キオスクが うごきません：{ $detail }
submit-invalid = なおすところが あります。あかい ところを なおしてください。
submit-not-ready = この きかいは まだ つかえません。かかりの ひとに こえを かけてください。
submit-storage-failed = もうしこみを ほぞんできませんでした。かかりの ひとに こえを かけてください。
survey-invalid = アンケートを ほぞんできませんでした。
wipe-failed = がめんを もとに もどせませんでした。かかりの ひとに こえを かけてください。
enroll-ok = この きかいを サーバーに とうろくしました（ばんごう { $office }）。キオスクを もういちど うごかしてください。
enroll-failed = きかいを とうろくできませんでした：{ $detail }。コードと サーバーの URL を みてください。
sync-not-enrolled = この きかいは まだ サーバーに とうろくされていません。`madoguchi-kiosk enroll --server URL --code CODE` で とうろくしてください。
sync-done = おくりました：{ $delivered } けん。まだ おくっていない もの { $queued } けん、うけつけられなかった もの { $refused } けん。
staff-disabled = この きかいでは かかりいんモードが つかえません。
staff-wrong-pin = ばんごうが ちがいます。
