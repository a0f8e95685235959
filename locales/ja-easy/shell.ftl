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
