#!/usr/bin/env python3
"""A My Number card for the tests: the 券面事項入力補助AP (input-support application) emulated
for vicc (python3-virtualsmartcard), which puts it on the virtual reader of vpcd (pcscd's
vsmartcard-vpcd driver, TCP port 35963 on loopback).

Written from the public descriptions of the card's commands: SELECT by AID, SELECT EF by file
id, VERIFY (with no data it answers 63 Cx, x tries left), READ BINARY. The application holds
the PIN file (00 11), the basic-four-facts file (00 02, BER-TLV: FF20 { DF21 header, DF22 name,
DF23 address, DF24 birth date YYYYMMDD, DF25 sex 1/2/9 }) and the individual-number file
(00 01), present so that a reader that selected it would be caught: every command received is
appended, in hex, to the --log file.

    mynacard.py --person yoshida --log /tmp/apdu.log [--tries 3] [--gone-after-reads N]
                [--other-card] [--port 35963]

The card stays on the reader until the process ends (SIGTERM): that is a card taken away.
"""

import argparse
import os
import signal
import sys

# Debian's python3-virtualsmartcard installs its package one folder down, under
# site-packages/virtualsmartcard/, where no python3 looks by default.
sys.path.insert(0, "/usr/lib/python3/site-packages/virtualsmartcard")
try:
    import Crypto  # noqa: F401
except ImportError:
    # Its crypto helpers import PyCrypto's name; Debian ships the same API as Cryptodome
    # (python3-pycryptodome). This card uses no cryptography of its own.
    import Cryptodome

    sys.modules["Crypto"] = Cryptodome
from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC  # noqa: E402

AID = bytes.fromhex("D3921000310001010408")
PIN_FILE = b"\x00\x11"
FACTS_FILE = b"\x00\x02"
NUMBER_FILE = b"\x00\x01"

# Test persons only: no real person's data. 𠮷 is outside the BMP (U+20BB7).
PERSONS = {
    "yoshida": (
        "𠮷田　花子",
        "東京都千代田区霞が関１丁目２番２号　中央合同庁舎第５号館別館２０階",
        "19850401",
        "2",
    ),
    "sato": (
        "佐藤　一郎",
        "北海道札幌市中央区北一条西２丁目１番地　札幌時計台ビル１０階",
        "19700315",
        "1",
    ),
}
# A made-up number of the right shape, never to be read.
TEST_NUMBER = b"123456789018"


def tlv(tag, value):
    head = tag.to_bytes(2, "big")
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n < 0x100:
        length = bytes([0x81, n])
    else:
        length = bytes([0x82]) + n.to_bytes(2, "big")
    return head + length + value


def facts_file(person):
    name, address, birth, sex = (s.encode("utf-8") for s in PERSONS[person])
    body = tlv(0xDF21, bytes(range(16)))
    body += tlv(0xDF22, name) + tlv(0xDF23, address) + tlv(0xDF24, birth) + tlv(0xDF25, sex)
    # A real file is padded to its fixed size.
    return tlv(0xFF20, body) + b"\xff" * 32


SW_OK = b"\x90\x00"


class MynaOS(SmartcardOS):
    def __init__(self, person, tries, log, gone_after_reads, other_card):
        self.facts = facts_file(person)
        self.pin = b"1234"
        self.tries = tries
        self.log = log
        self.gone_after_reads = gone_after_reads
        self.other_card = other_card
        self.reads = 0
        self.reset()

    def reset(self):
        self.app = False
        self.ef = None
        self.verified = False

    def powerUp(self):
        self.reset()

    def getATR(self):
        return bytes.fromhex("3B8A800131F0010000000000000000")

    def execute(self, msg):
        self.log.write(msg.hex().upper() + "\n")
        self.log.flush()
        if len(msg) < 4:
            return b"\x67\x00"
        ins, p1, p2 = msg[1], msg[2], msg[3]
        data = msg[5:5 + msg[4]] if len(msg) > 5 else b""
        if ins == 0xA4 and p1 == 0x04:
            if data == AID and not self.other_card:
                self.reset()
                self.app = True
                return SW_OK
            return b"\x6A\x82"
        if ins == 0xA4 and p1 == 0x02:
            if not self.app or data not in (PIN_FILE, FACTS_FILE, NUMBER_FILE):
                return b"\x6A\x82"
            self.ef = data
            return SW_OK
        if ins == 0x20:
            return self.verify(data)
        if ins == 0xB0:
            return self.read(p1, p2, msg[4] if len(msg) == 5 else 0)
        return b"\x6D\x00"

    def verify(self, data):
        if self.ef != PIN_FILE:
            return b"\x69\x86"
        if self.tries == 0:
            return b"\x69\x83"
        if not data:
            return bytes([0x63, 0xC0 | self.tries])
        if data == self.pin:
            self.tries = 3
            self.verified = True
            return SW_OK
        self.tries -= 1
        return bytes([0x63, 0xC0 | self.tries])

    def read(self, p1, p2, le):
        if self.ef not in (FACTS_FILE, NUMBER_FILE):
            return b"\x69\x86"
        if not self.verified:
            return b"\x69\x82"
        self.reads += 1
        if self.gone_after_reads is not None and self.reads > self.gone_after_reads:
            # Taken away in the middle of reading: the reader loses the card.
            os.kill(os.getpid(), signal.SIGTERM)
        content = self.facts if self.ef == FACTS_FILE else TEST_NUMBER
        offset = (p1 << 8) | p2
        n = le or 256
        chunk = content[offset:offset + n]
        return chunk + (SW_OK if len(chunk) == n else b"\x62\x82")


class Card(VirtualICC):
    """vicc's exchange loop with our card inside (its constructor knows only its own cards)."""

    def __init__(self, os_, host, port):
        self.os = os_
        self.host = host
        self.port = port
        self.server_sock = None
        self.sock = self.connectToPort(host, port)
        self.sock.settimeout(None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--person", default="yoshida", choices=sorted(PERSONS))
    ap.add_argument("--tries", type=int, default=3)
    ap.add_argument("--log", required=True)
    ap.add_argument("--gone-after-reads", type=int)
    ap.add_argument("--other-card", action="store_true")
    ap.add_argument("--port", type=int, default=35963)
    a = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    with open(a.log, "a", encoding="ascii") as log:
        card = Card(MynaOS(a.person, a.tries, log, a.gone_after_reads, a.other_card),
                    "127.0.0.1", a.port)
        card.run()


if __name__ == "__main__":
    sys.exit(main())
