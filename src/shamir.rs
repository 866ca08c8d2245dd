//! Shamir secret sharing in the UDF share format (draft-hallambaker-mesh-udf-13 §4.5, PROTOCOL.md §3).
