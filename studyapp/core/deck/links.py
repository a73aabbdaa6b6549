"""Which links studyapp follows: web addresses only.

A deck's source url, an article's ``og:url`` or canonical link and an Anki
package's source link are text a deck author or a web page chose. Only an
``http`` or ``https`` address with a host is a link; anything else
(``javascript:``, ``file:``, ``smb://``, ``ms-msdt:``, …) is not opened, not
adopted and not written as a link.
"""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def web_url(text: str) -> str:
    """``text`` as a web address (trimmed), or ``""`` when it is not one."""
    url = text.strip()
    if not url or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 host
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return ""
    return url
