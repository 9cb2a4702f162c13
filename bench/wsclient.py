"""A Streamlit session driven over its websocket (/_stcore/stream) like the frontend, unrendered."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, parse_qsl, urlencode

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

LANG_KEY, DATE_KEY = "lang", "as_of"  # the sidebar widgets' keys (ui/state.py)
FINISHED_OK = ForwardMsg.FINISHED_SUCCESSFULLY
# A run the app stops to rerun (a fresh server's first run is routed through the entry point
# again): the browser keeps waiting for the rerun to finish, and so does this client.
FINISHED_FOR_RERUN = ForwardMsg.FINISHED_EARLY_FOR_RERUN


@dataclass
class View:
    """One script run as a browser would see it: time to script_finished, what went wrong."""

    kind: str
    page: str
    seconds: float = 0.0
    received_bytes: int = 0
    errors: list[str] = field(default_factory=list)
    page_title: str = ""  # the navigation entry of the page shown, in the language shown
    query_string: str = ""


@dataclass
class WsSession:
    """One browser tab's session: its widget ids, page hashes, URL and message cache."""

    base_url: str
    timeout_s: float = 120.0
    ws: object = None
    widget_ids: dict[str, str] = field(default_factory=dict)  # widget key -> element id
    bound: dict[str, str] = field(default_factory=dict)  # widget key -> its query parameter
    page_hashes: dict[str, str] = field(default_factory=dict)  # url path -> script hash
    cached: set[str] = field(default_factory=set)  # hashes of cacheable messages received
    query_string: str = ""

    async def open(self) -> None:
        url = self.base_url.replace("http://", "ws://", 1) + "/_stcore/stream"
        self.ws = await websockets.connect(url, subprotocols=["streamlit"], max_size=None,
                                           open_timeout=self.timeout_s, ping_interval=None)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def view(self, kind: str, page: str, query: dict[str, str] | None = None,
                   widgets: dict[str, str] | None = None) -> View:
        """Reruns the script on url path `page`; query replaces the URL's query string,
        widgets (key -> value) set the sidebar widgets as a click would."""
        if query is not None:
            self.query_string = urlencode(query)
        self._bind(widgets or {})
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query_string
        state.page_name = page
        state.page_script_hash = self.page_hashes.get(page, "")
        state.cached_message_hashes.extend(sorted(self.cached))
        for key, value in (widgets or {}).items():
            widget = state.widget_states.widgets.add()
            widget.id = self.widget_ids[key]
            widget.string_array_value.data.append(value)
        result = View(kind, page)
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        try:
            await asyncio.wait_for(self._until_finished(result), self.timeout_s)
        except (TimeoutError, websockets.ConnectionClosed) as err:
            result.errors.append(f"{type(err).__name__}: {err}")
        result.seconds = time.perf_counter() - start
        result.query_string = self.query_string
        return result

    def _bind(self, widgets: dict[str, str]) -> None:
        """The frontend writes a bound widget's new value into the URL itself."""
        query = dict(parse_qsl(self.query_string))
        for key, value in widgets.items():
            if key in self.bound:
                query[self.bound[key]] = value
        self.query_string = urlencode(query)

    async def _until_finished(self, result: View) -> None:
        while True:
            data = await self.ws.recv()
            result.received_bytes += len(data)
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            if self._handle(fwd, result):
                return

    def _handle(self, fwd: ForwardMsg, result: View) -> bool:
        """Records what the frontend would keep; True once the run is over."""
        kind = fwd.WhichOneof("type")
        if fwd.metadata.cacheable and fwd.hash:
            self.cached.add(fwd.hash)
        if kind == "delta":
            self._delta(fwd.delta, result)
        elif kind == "page_info_changed":
            self.query_string = fwd.page_info_changed.query_string
        elif kind == "navigation":
            self._navigation(fwd.navigation, result)
        elif kind == "page_not_found":
            result.errors.append(f"page not found: {fwd.page_not_found.page_name}")
        elif kind == "script_finished":
            if fwd.script_finished == FINISHED_FOR_RERUN:
                return False
            if fwd.script_finished != FINISHED_OK:
                result.errors.append(f"script_finished {fwd.script_finished}")
            return True
        return False

    def _delta(self, delta, result: View) -> None:
        element = delta.new_element
        kind = element.WhichOneof("type") if delta.WhichOneof("type") == "new_element" else None
        if kind == "exception":
            result.errors.append(f"exception: {element.exception.type}: "
                                 f"{element.exception.message[:200]}")
        elif kind == "alert" and element.alert.format == Alert.ERROR:
            result.errors.append(f"error alert: {element.alert.body[:200]}")
        elif kind in {"button_group", "date_input"}:
            widget = getattr(element, kind)
            key = widget.id.rsplit("-", 1)[-1]
            if key in {LANG_KEY, DATE_KEY}:
                self.widget_ids[key] = widget.id
                if widget.query_param_key:
                    self.bound[key] = widget.query_param_key

    def _navigation(self, nav, result: View) -> None:
        for app_page in nav.app_pages:
            self.page_hashes[app_page.url_pathname] = app_page.page_script_hash
            if app_page.page_script_hash == nav.page_script_hash:
                result.page_title = app_page.page_name


def query_value(query_string: str, name: str) -> str | None:
    values = parse_qs(query_string).get(name)
    return values[0] if values else None
