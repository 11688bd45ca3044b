// The booth page: follows the seeker's place and interview live over the room hub.
import { RoomClient, readConfig } from './room-client.js';
import { QueuePanels } from './queue-panel.js';

const config = readConfig();
if (config.signedIn) {
  const client = new RoomClient(config, {
    // The booth page shows no captions; joining the room keeps the connection's rules the same everywhere.
    onSnapshot() {},
    onEvent() {},
    onConnection(state) {
      if (state === 'connected' || state === 'reconnected') {
        panels.watchAll();
      }
    },
  });
  const panels = new QueuePanels(client, config);
  client.start();
}
