// Errors as the seed's error handlers expect them: error, room_error, message_error, and
// connect_error for a namespace the server does not have. None of them breaks the connection.
import { test } from "node:test";
import assert from "node:assert/strict";
import { io } from "socket.io-client";
import { URL, USERS, join, next, publicRoom, signedIn } from "./support.js";

const [alice] = USERS;

test("an unknown event gets an error event", async () => {
  const socket = await signedIn(alice);
  const error = next(socket, "error");
  socket.emit("no_such_event", {});
  const data = await error;
  assert.equal(data.code, "VALIDATION_ERROR");
  assert.match(data.message, /no_such_event/);
  socket.close();
});

test("joining a room that does not exist gets room_error", async () => {
  const socket = await signedIn(alice);
  const error = next(socket, "room_error");
  socket.emit("join_room", { roomId: "00000000-0000-0000-0000-000000000000" });
  assert.equal((await error).code, "CHAT_ROOM_NOT_FOUND");
  socket.close();
});

test("a message that breaks the rules gets message_error", async () => {
  const roomId = await publicRoom(alice);
  const socket = await signedIn(alice);
  await join(socket, roomId);
  const error = next(socket, "message_error");
  socket.emit("send_message", { roomId, content: "x".repeat(4001), type: "TEXT" });
  assert.equal((await error).code, "VALIDATION_ERROR");
  socket.close();
});

test("binary data in a chat event gets an error event, and the connection stays", async () => {
  const socket = await signedIn(alice, { transports: ["websocket"] });
  const error = next(socket, "error");
  socket.emit("send_message", { roomId: "r", content: Buffer.from([1, 2, 3]) });
  assert.equal((await error).code, "VALIDATION_ERROR");

  const answered = next(socket, "room_error");
  socket.emit("join_room", { roomId: "00000000-0000-0000-0000-000000000000" });
  await answered;
  assert.ok(socket.connected);
  socket.close();
});

test("a namespace the server does not have is refused with connect_error", async () => {
  const socket = io(`${URL}/admin`, { transports: ["websocket"], reconnection: false });
  const error = await next(socket, "connect_error");
  assert.equal(error.message, "Invalid namespace");
  socket.close();
});
