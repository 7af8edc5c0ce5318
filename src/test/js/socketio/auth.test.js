// Authentication: the seed's authenticate event, and auth: {token} at the Socket.IO handshake.
import { test } from "node:test";
import assert from "node:assert/strict";
import { io } from "socket.io-client";
import { URL, USERS, next, signedIn } from "./support.js";

const [alice] = USERS;

test("auth: {token} at connect authenticates at once", async () => {
  const socket = io(URL, { transports: ["websocket", "polling"], auth: { token: alice.token } });
  const authenticated = await next(socket, "authenticated");
  assert.equal(authenticated.userId, alice.id);
  assert.ok(socket.connected);
  socket.close();
});

test("a bad auth token refuses the connection with connect_error", async () => {
  const socket = io(URL, { transports: ["websocket"], auth: { token: "not-a-jwt" }, reconnection: false });
  const error = await next(socket, "connect_error");
  assert.ok(error.message.length > 0);
  assert.equal(socket.connected, false);
  socket.close();
});

test("authenticate with a bad token answers authentication_error and keeps the connection", async () => {
  const socket = io(URL, { transports: ["websocket", "polling"] });
  socket.emit("authenticate", { token: "not-a-jwt" });
  const error = await next(socket, "authentication_error");
  assert.ok(error.message.length > 0);

  socket.emit("authenticate", { token: alice.token });
  assert.equal((await next(socket, "authenticated")).userId, alice.id);
  socket.close();
});

test("events before authenticating are answered with authentication_error", async () => {
  const socket = io(URL);
  socket.emit("join_room", { roomId: "whatever" });
  const error = await next(socket, "authentication_error");
  assert.match(error.message, /authenticate/i);
  socket.close();
});

test("the same user on two transports at once is one user with two connections", async () => {
  const first = await signedIn(alice, { transports: ["websocket"] });
  const second = await signedIn(alice, { transports: ["polling"] });
  assert.ok(first.connected && second.connected);
  first.close();
  second.close();
});
