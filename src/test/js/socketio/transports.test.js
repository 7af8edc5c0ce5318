// The seed's connection samples, literally, under every transport setting: authenticate after
// io(), join a room, send, and receive what another user sends.
import { test } from "node:test";
import assert from "node:assert/strict";
import { io } from "socket.io-client";
import { URL, USERS, closeAll, join, next, onWebSocket, publicRoom, signedIn } from "./support.js";

const [alice, bob] = USERS;

const SETTINGS = [
  { name: "websocket then polling, as in the seed", options: { transports: ["websocket", "polling"] }, finalTransport: "websocket" },
  { name: "websocket only", options: { transports: ["websocket"] }, finalTransport: "websocket" },
  { name: "the default: polling, then the upgrade to websocket", options: undefined, finalTransport: "websocket" },
  { name: "polling only", options: { transports: ["polling"] }, finalTransport: "polling" },
];

for (const setting of SETTINGS) {
  test(`chat over ${setting.name}`, async () => {
    const roomId = await publicRoom(alice, bob);
    const bobSocket = await signedIn(bob);
    await join(bobSocket, roomId);

    // the seed's sample: io(url, options), then authenticate
    const socket = setting.options ? io(URL, setting.options) : io(URL);
    socket.emit("authenticate", { token: alice.token });
    const authenticated = await next(socket, "authenticated");
    assert.equal(authenticated.userId, alice.id);

    const joined = await join(socket, roomId);
    assert.equal(joined.room.id, roomId);

    const received = next(bobSocket, "new_message", (data) => data.message.content === setting.name);
    const sent = next(socket, "message_sent");
    socket.emit("send_message", { roomId, content: setting.name, type: "TEXT" });
    assert.equal((await sent).message.content, setting.name);
    assert.equal((await received).message.sender.id, alice.id);

    if (setting.finalTransport === "websocket") {
      assert.equal(await onWebSocket(socket), "websocket");
      // still delivering after the upgrade
      const again = next(socket, "new_message", (data) => data.message.content === "after upgrade");
      bobSocket.emit("send_message", { roomId, content: "after upgrade", type: "TEXT" });
      await again;
    } else {
      assert.equal(socket.io.engine.transport.name, "polling");
    }
    closeAll(socket, bobSocket);
  });
}
