//! Uniform Data Fingerprints (draft-hallambaker-mesh-udf-13, PROTOCOL.md §2).
