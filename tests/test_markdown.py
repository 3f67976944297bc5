"""Data text in the panel's Markdown stays text: no emphasis, links or HTML."""

from __future__ import annotations

import html
import re

import pytest

from components.markdown import escape, link


@pytest.mark.parametrize(
    "text",
    [
        "Turkic Council *renamed* [OTS](javascript:alert(1))",
        "<script>alert(1)</script> & <b>bold</b>",
        "1. not a list; - nor this; # nor a heading",
        "back\\slash `code` ~strike~ |table|",
    ],
)
def test_md001_every_markup_character_in_data_is_neutralised(text: str) -> None:
    escaped = escape(text)
    bare = re.sub(r"\\.|&amp;|&lt;", "", escaped)
    assert not set(bare) & set("\\`*_{}[]()#+-.!|~><&")
    assert html.unescape(re.sub(r"\\(.)", r"\1", escaped)) == text


def test_md002_whitespace_and_newlines_collapse_to_one_line() -> None:
    assert escape("a\n\n- b\tc") == "a \\- b c"


def test_md003_links_keep_the_address_intact_and_the_text_literal() -> None:
    url = "https://example.org/a_(b)?q=1&r=2"
    assert link("NATO [partners]", url, 'Say "hi" & <b>') == (
        "[NATO \\[partners\\]](<https://example.org/a_(b)?q=1&r=2> "
        '"Say &quot;hi&quot; &amp; &lt;b\\>")'
    )


def test_md004_characters_that_would_end_the_address_are_encoded() -> None:
    assert link("x", "https://example.org/a b<c>d") == ("[x](<https://example.org/a%20b%3Cc%3Ed>)")


def test_mdn_static_html_writes_components_as_escaped_markup() -> None:
    from dash import html

    from components.static_html import to_html

    node = html.Div(
        [html.Span("a < b", className="x", style={"backgroundColor": "#fff"}), 3],
        role="img",
        **{"aria-label": 'say "hi"'},
    )
    assert to_html(node) == (
        '<div role="img" aria-label="say &quot;hi&quot;">'
        '<span class="x" style="background-color:#fff">a &lt; b</span>3</div>'
    )
