# Messages of the kiosk itself (the shell), mostly read by the administrator on the console.
config-occupations-ok = { $file }：可以用作职业分类（{ $summary }）。
config-occupations-bad = { $file } 不能用作职业分类：{ $problem }
config-postcodes-ok = { $file } 可用作邮政编码数据（{ $source }，{ $count } 条）。
config-postcodes-bad = { $file } 不能用作邮政编码数据：{ $problem }
config-ok = 设置文件没有问题。
config-unreadable = 无法读取设置文件 { $path }（{ $reason }）。请确认路径和读取权限。
config-syntax = 设置文件 { $path } 的写法有错误。{ $detail }
config-invalid = 设置文件 { $path } 的键“{ $key }”不正确：{ $problem }。请修改值后重新启动。
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = 设置文件 { $path } 处于其他用户可以读取或写入的状态（模式 { $mode }）。由于文件中写有密码的哈希值和连接目标，因此不启动。请用 `chmod 0640 { $path }`（或 0600）收紧权限后重新启动。
config-staff-pin-plain = 设置文件 { $path } 的 staff_pin 中直接写着密码。请执行 `madoguchi-kiosk hash-pin` 并输入密码，然后把显示的那一行（以 $argon2id$ 开头）写到 staff_pin 中。
hash-pin-not-a-pin = 密码是4〜8位数字。请重新执行并输入。
hash-pin-failed = 无法生成密码的哈希值。请重新执行。
enroll-not-pinned = 无法确认要登记的服务器。请在设置文件中写入 server_public_key，或用 `--server-fingerprint` 指定 `madoguchi-server keygen` 显示的指纹。
enroll-key-mismatch = 服务器的密钥不一致，因此没有登记。预期的密钥：{ $expected }，服务器出示的密钥：{ $answered }。请确认服务器的 URL 和密钥。连接途中可能被替换成了其他服务器。
enroll-bad-fingerprint = “{ $typed }”不是指纹的格式。请输入 `madoguchi-server keygen` 显示的、每组4位共8组的英文字母和数字（例：3f2a-9c1e-…）。
enroll-insecure = { $url } 不是 https://，因此没有登记。终端的登记令牌会在未加密的状态下传送。请指定 https:// 的 URL（http:// 只能在演示设置 demo = true 时使用）。
enroll-code-unreadable = 无法从 { $path } 读取登记代码（{ $reason }）。
enroll-code-empty = 登记代码为空。请把登记代码写在 `--code-file` 的文件中，或写到标准输入。

kiosk-start-failed = 无法启动终端：{ $detail }
submit-invalid = 填写内容中有需要确认的项目。请修改红色显示的项目。
submit-not-ready = 本终端正在准备中，无法受理申请。请询问工作人员。
submit-storage-failed = 无法保存申请。麻烦您询问工作人员。填写的内容还没有发送。
survey-invalid = 无法记录问卷的回答。
wipe-failed = 画面初始化失败。请询问工作人员。
enroll-ok = 已将本终端登记到服务器（安定所编号 { $office }）。重新启动终端后即可受理申请。
fleet-config-keeps = 收到的设置更改了 { $key }。本终端的 { $key } 不能更改，因此将继续按当前设置运行。请将 { $key } 改回当前值后重新发送。
provision-no-source = 找不到用于初始配置的文件夹（含有 kiosk.toml 的 madoguchi 文件夹）。已查找的位置：{ $searched }。请将其放在 USB 存储设备或启动分区中，然后重新启动。
provision-write-failed = 无法写入 { $path }（{ $reason }）。
provision-ok = 已安装 { $source } 中的设置（终端 { $kiosk }）。
enroll-failed = 无法登记终端：{ $detail }。请确认登记代码的有效期限和服务器的 URL，必要时用 `madoguchi-server kiosk add` 发放新的代码。
sync-not-enrolled = 本终端尚未登记到服务器。请用 `madoguchi-kiosk enroll --server URL --code-file FILE` 登记。
sync-done = 已发送：{ $delivered }件。未发送 { $queued }件，拒绝受理 { $refused }件。
staff-disabled = 本终端没有设置工作人员模式（设置文件中的 staff_pin）。
staff-wrong-pin = 密码不正确。
kanji-unavailable = 目前无法输入汉字（手写・转换）。请用片假名输入，或询问工作人员。

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = 求职申请 受理凭条
receipt-slip-number = 受理编号（受付番号）
receipt-slip-date = 受理日期
receipt-slip-counter = 请在窗口出示这张凭条，并告知受理编号。
receipt-slip-qr = 用智能手机扫描二维码，就可以继续办理申请。
receipt-slip-keep = 在手续办完之前，请妥善保管这张凭条。
