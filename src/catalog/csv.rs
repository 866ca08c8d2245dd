//! Password exports of browsers and password managers, read into
//! credentials: Chrome (`name,url,username,password,note`), Firefox
//! (`"url","username","password","httpRealm",...`) and Bitwarden
//! (`folder,favorite,type,name,notes,fields,reprompt,login_uri,...`).
//!
//! The CSV reader follows RFC 4180: fields separated by commas, quoted
//! fields may hold commas, newlines and doubled quotes; CRLF or LF line ends.

use super::entry::{Credential, Password, service_name};

/// A CSV or export failure, with the line it happened on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError(pub String);

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CsvError {}

/// Splits CSV text into records of fields.
pub fn parse(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut at_field_start = true;
    let mut in_record = false;
    while let Some(c) = chars.next() {
        in_record = true;
        match c {
            '"' if at_field_start => {
                let start = line;
                loop {
                    match chars.next() {
                        None => {
                            return Err(CsvError(format!(
                                "line {start}: a quoted field is never closed"
                            )));
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c);
                        }
                    }
                }
                match chars.peek() {
                    None | Some(',') | Some('\n') | Some('\r') => {}
                    Some(c) => {
                        return Err(CsvError(format!(
                            "line {line}: {c:?} after a closing quote (expected a comma or line end)"
                        )));
                    }
                }
                at_field_start = false;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
                in_record = false;
                line += 1;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if in_record {
        record.push(field);
        records.push(record);
    }
    // Blank lines carry nothing.
    records.retain(|r| !(r.len() == 1 && r[0].is_empty()));
    Ok(records)
}

/// Which program wrote an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Chrome and other Chromium browsers.
    Chrome,
    /// Firefox.
    Firefox,
    /// Bitwarden.
    Bitwarden,
}

/// Reads a password export into credentials, telling the format from the header.
pub fn credentials(text: &str) -> Result<(Format, Vec<Credential>), CsvError> {
    let records = parse(text)?;
    let Some((header, rows)) = records.split_first() else {
        return Err(CsvError("the file is empty".into()));
    };
    let column = |name: &str| header.iter().position(|h| h.trim() == name);
    let (format, site, user, pass, note, title) = if let (Some(l), Some(u), Some(p)) = (
        column("login_uri"),
        column("login_username"),
        column("login_password"),
    ) {
        (Format::Bitwarden, l, u, p, column("notes"), column("name"))
    } else if let (Some(s), Some(u), Some(p), Some(_)) = (
        column("url"),
        column("username"),
        column("password"),
        column("httpRealm"),
    ) {
        (Format::Firefox, s, u, p, None, None)
    } else if let (Some(s), Some(u), Some(p)) =
        (column("url"), column("username"), column("password"))
    {
        (Format::Chrome, s, u, p, column("note"), column("name"))
    } else {
        return Err(CsvError(format!(
            "line 1: not a Chrome, Firefox or Bitwarden password export (columns: {})",
            header.join(",")
        )));
    };
    let mut out = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map(|s| s.trim().to_string());
        if format == Format::Bitwarden && get(column("type")).is_some_and(|t| t != "login") {
            continue;
        }
        let password = get(Some(pass)).unwrap_or_default();
        let url = get(Some(site)).filter(|s| !s.is_empty());
        let service = url.as_deref().map(service_name).or_else(|| {
            get(title)
                .filter(|s| !s.is_empty())
                .map(|s| s.to_lowercase())
        });
        let Some(service) = service else {
            return Err(CsvError(format!(
                "record {} has neither a URL nor a name",
                n + 2
            )));
        };
        if password.is_empty() {
            continue;
        }
        out.push(Credential {
            service,
            username: get(Some(user)).unwrap_or_default(),
            password: Password::new(password),
            url,
            note: get(note).filter(|s| !s.is_empty()),
        });
    }
    Ok((format, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_hold_commas_quotes_and_newlines() {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n";
        let records = parse(text).unwrap();
        assert_eq!(
            records,
            vec![vec!["a", "b,c", "say \"hi\""], vec!["multi\nline", "", "x"]]
        );
        assert!(parse("\"open").is_err());
        assert!(parse("\"a\"b").is_err());
        assert_eq!(parse("a,b").unwrap(), vec![vec!["a", "b"]]);
    }

    #[test]
    fn reads_the_three_formats() {
        let chrome = "name,url,username,password,note\nexample.com,https://example.com/login,alice,pw1,\"a, note\"\n";
        let (f, c) = credentials(chrome).unwrap();
        assert_eq!(f, Format::Chrome);
        assert_eq!(c[0].service, "example.com");
        assert_eq!(c[0].note.as_deref(), Some("a, note"));
        let firefox = "\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n\"https://www.mozilla.org\",\"bob\",\"p\"\"w\",,\"https://www.mozilla.org\",\"{x}\",\"1\",\"2\",\"3\"\n";
        let (f, c) = credentials(firefox).unwrap();
        assert_eq!(f, Format::Firefox);
        assert_eq!(
            (c[0].service.as_str(), c[0].password.expose()),
            ("www.mozilla.org", "p\"w")
        );
        let bitwarden = "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n,,login,Bank,,,0,https://bank.example/,carol,s3cret,\n,,note,Secret note,text,,0,,,,\n";
        let (f, c) = credentials(bitwarden).unwrap();
        assert_eq!(f, Format::Bitwarden);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].username, "carol");
    }
}
