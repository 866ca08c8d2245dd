#!/usr/bin/env python3
"""Independent check of meshman's JOSE formats and key fingerprints.

Run by tests/interop.rs with one argument, a directory where the Rust side
has written:

  rust_jws.json              general JSON JWS, alg EdDSA, kid = signer UDF
  rust_jws_key.json          the signer's public JWK
  rust_ed25519.json          {"jwk", "spki_hex", "udf"} of an Ed25519 key
  rust_x25519.json           {"jwk", "spki_hex", "udf"} of an X25519 key
  rust_jwe.json              general JSON JWE (ECDH-ES+A256KW, A256GCM)
  rust_jwe_key.json          the recipient's private X25519 JWK
  rust_jwe_dir.json          general JSON JWE (dir, A256GCM)
  rust_dir_key.hex           the 32-byte dir key
  expected_plaintext.txt     what both JWEs and the JWS payload contain

This script verifies and decrypts all of it with joserfc, recomputes the
SubjectPublicKeyInfo DER with `cryptography` and the UDF with hashlib
(PROTOCOL.md §2), then writes for Rust to check:

  py_jws.json                a JWS signed by a fresh Python Ed25519 key
  py_jws_key.json            that key's public JWK
  py_jwe.json                a JWE to the public key in rust_x25519.json

Any mismatch exits non-zero with a message on stderr.
"""

import base64
import hashlib
import json
import sys
import warnings
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from joserfc import jwe, jws
from joserfc.jwe import GeneralJSONEncryption, JWERegistry
from joserfc.jwk import OctKey, OKPKey
from joserfc.jws import JWSRegistry

# The text Python encrypts and signs for Rust; tests/interop.rs checks it.
PY_PLAINTEXT = b'{"InteropMessage":{"From":"python joserfc"}}'

# joserfc only enables its "recommended" algorithms by default; EdDSA (now
# deprecated in favour of RFC 9864's Ed25519) and ECDH-ES+A256KW are not
# among them, so each registry names the algorithms meshman uses.
JWS_REGISTRY = JWSRegistry(algorithms=["EdDSA", "Ed25519"])
JWE_REGISTRY = JWERegistry(algorithms=["ECDH-ES+A256KW", "dir", "A256GCM"])

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class InteropError(Exception):
    pass


def check(condition, message):
    if not condition:
        raise InteropError(message)


def b64u_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def base32_prefix(data, chars):
    """RFC 4648 base32 (upper case, no padding) of `data`, first `chars` characters."""
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    out = []
    for i in range(chars):
        shift = total - 5 * (i + 1)
        value = (bits >> shift) & 31 if shift >= 0 else (bits << -shift) & 31
        out.append(B32[value])
    return "".join(out)


def key_udf(spki_der):
    """PROTOCOL.md §2: SHA-2-512 content digest of the SPKI DER,
    content type application/pkix-keyinfo, 140 bits."""
    inner = hashlib.sha512(spki_der).digest()
    tcdv = hashlib.sha512(b"application/pkix-keyinfo:" + inner).digest()
    value = int.from_bytes(tcdv, "big")
    trailing = (value & -value).bit_length() - 1 if value else 512
    type_byte = 96
    for threshold in (20, 30, 40, 50):
        if trailing >= threshold:
            type_byte += 1
    text = base32_prefix(bytes([type_byte]) + tcdv, 28)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def spki_der(jwk):
    """The RFC 8410 SubjectPublicKeyInfo DER of an OKP JWK, by `cryptography`."""
    raw = b64u_decode(jwk["x"])
    cls = {"Ed25519": Ed25519PublicKey, "X25519": X25519PublicKey}[jwk["crv"]]
    return cls.from_public_bytes(raw).public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


def check_fingerprint(path):
    record = json.loads(path.read_text())
    der = spki_der(record["jwk"])
    check(
        der.hex() == record["spki_hex"].lower(),
        f"{path.name}: SPKI DER differs\n  cryptography: {der.hex()}\n  rust:         {record['spki_hex']}",
    )
    udf = key_udf(der)
    check(udf == record["udf"], f"{path.name}: UDF differs: python {udf}, rust {record['udf']}")
    return record


def public_jwk(key):
    return {k: v for k, v in key.as_dict(private=False).items() if k in ("kty", "crv", "x")}


def verify_signed(signed, jwk, what):
    """Verifies a meshman signed object with joserfc; returns the tagged payload."""
    key = OKPKey.import_key(jwk)
    try:
        verified = jws.deserialize_json(signed["SignedData"], key, registry=JWS_REGISTRY)
    except Exception as error:
        raise InteropError(f"joserfc rejected the {what} signature: {error!r}") from error
    header = verified.members[0].headers()
    check(header.get("kid") == key_udf(spki_der(jwk)), f"{what}: kid is not the signer's fingerprint")
    return json.loads(verified.payload)


def check_profile(document):
    signed = document["SignedPersonalProfile"]
    claimed = json.loads(b64u_decode(signed["SignedData"]["payload"]))["PersonalProfile"]
    signed_master = claimed["SignedMasterProfile"]
    master_claimed = json.loads(b64u_decode(signed_master["SignedData"]["payload"]))["MasterProfile"]
    master_key = master_claimed["MasterSignatureKey"]
    fingerprint = key_udf(spki_der(master_key["PublicParameters"]))
    check(master_key["UDF"] == fingerprint, "the master key's UDF is not its fingerprint")
    check(signed["Identifier"] == fingerprint, "the profile's Identifier is not the master fingerprint")
    master = verify_signed(signed_master, master_key["PublicParameters"], "master profile")["MasterProfile"]
    kid = signed["SignedData"]["signatures"][0]["protected"]
    kid = json.loads(b64u_decode(kid))["kid"]
    online = [k for k in master["OnlineSignatureKeys"] if k["UDF"] == kid]
    check(len(online) == 1, "the personal profile's signer is not an online key of the master profile")
    personal = verify_signed(signed, online[0]["PublicParameters"], "personal profile")["PersonalProfile"]
    for device in personal["Devices"]:
        inner = json.loads(b64u_decode(device["SignedData"]["payload"]))["DeviceProfile"]
        verify_signed(device, inner["DeviceSignatureKey"]["PublicParameters"], "device profile")
        for name in ("DeviceSignatureKey", "DeviceAuthenticationKey", "DeviceEncryptionKey"):
            key = inner[name]
            check(key["UDF"] == key_udf(spki_der(key["PublicParameters"])), f"device {name} UDF differs")


def main(folder):
    expected = (folder / "expected_plaintext.txt").read_bytes()

    # Key fingerprints: DER and UDF recomputed independently.
    check_fingerprint(folder / "rust_ed25519.json")
    x25519 = check_fingerprint(folder / "rust_x25519.json")

    # The Rust JWS: general JSON, verified by joserfc with the OKP public key.
    jws_key_jwk = json.loads((folder / "rust_jws_key.json").read_text())
    jws_key = OKPKey.import_key(jws_key_jwk)
    rust_jws = json.loads((folder / "rust_jws.json").read_text())
    check("signatures" in rust_jws, "rust_jws.json is not a general JSON serialization")
    try:
        verified = jws.deserialize_json(rust_jws, jws_key, registry=JWS_REGISTRY)
    except Exception as error:
        raise InteropError(f"joserfc rejected the Rust JWS: {error!r}") from error
    check(verified.payload == expected, f"JWS payload differs: {verified.payload!r}")
    check(len(verified.members) == 1, f"the Rust JWS has {len(verified.members)} signatures, expected 1")
    header = verified.members[0].headers()
    check(header.get("alg") == "EdDSA", f"JWS alg is {header.get('alg')!r}")
    check(
        header.get("kid") == key_udf(spki_der(jws_key_jwk)),
        f"JWS kid {header.get('kid')!r} is not the signer's fingerprint",
    )

    # The Rust JWE to a Rust-generated X25519 key.
    jwe_key = OKPKey.import_key(json.loads((folder / "rust_jwe_key.json").read_text()))
    rust_jwe = json.loads((folder / "rust_jwe.json").read_text())
    check("recipients" in rust_jwe, "rust_jwe.json is not a general JSON serialization")
    try:
        decrypted = jwe.decrypt_json(rust_jwe, jwe_key, registry=JWE_REGISTRY)
    except Exception as error:
        raise InteropError(f"joserfc could not decrypt the Rust JWE: {error!r}") from error
    check(decrypted.plaintext == expected, f"JWE plaintext differs: {decrypted.plaintext!r}")

    # The Rust dir JWE.
    dir_key = OctKey.import_key(bytes.fromhex((folder / "rust_dir_key.hex").read_text().strip()))
    rust_dir = json.loads((folder / "rust_jwe_dir.json").read_text())
    try:
        decrypted = jwe.decrypt_json(rust_dir, dir_key, registry=JWE_REGISTRY)
    except Exception as error:
        raise InteropError(f"joserfc could not decrypt the Rust dir JWE: {error!r}") from error
    check(decrypted.plaintext == expected, f"dir JWE plaintext differs: {decrypted.plaintext!r}")

    # A real personal profile meshman made: the master profile verifies with
    # the master key it carries (whose fingerprint is the profile's), and the
    # personal profile with an online key the master profile lists.
    check_profile(json.loads((folder / "rust_profile.json").read_text()))

    # Python's own JWS, for Rust to verify.
    signer = OKPKey.generate_key("Ed25519")
    signer_public = public_jwk(signer)
    members = [{"protected": {"alg": "EdDSA", "kid": key_udf(spki_der(signer_public)), "cty": "InteropMessage"}}]
    py_jws = jws.serialize_json(members, PY_PLAINTEXT, signer, registry=JWS_REGISTRY)
    (folder / "py_jws.json").write_text(json.dumps(py_jws))
    (folder / "py_jws_key.json").write_text(json.dumps(signer_public))

    # Python's own JWE to the Rust X25519 public key, for Rust to decrypt.
    recipient = OKPKey.import_key(x25519["jwk"])
    message = GeneralJSONEncryption({"enc": "A256GCM"}, PY_PLAINTEXT)
    message.add_recipient({"alg": "ECDH-ES+A256KW", "kid": x25519["udf"]}, recipient)
    py_jwe = jwe.encrypt_json(message, None, registry=JWE_REGISTRY)
    (folder / "py_jwe.json").write_text(json.dumps(py_jwe))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: jose_interop.py <folder written by tests/interop.rs>")
    # joserfc warns that EdDSA is deprecated; the warning is expected here.
    warnings.simplefilter("ignore")
    try:
        main(Path(sys.argv[1]))
    except InteropError as error:
        sys.exit(f"interop failure: {error}")
    except Exception as error:  # an unexpected failure is still a failure, with its cause
        sys.exit(f"interop failure: {type(error).__name__}: {error}")
    print("interop: all checks passed", file=sys.stderr)
