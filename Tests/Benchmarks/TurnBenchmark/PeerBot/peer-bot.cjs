// The turn benchmark's peer: a minimal bot on the official JS Bot Framework SDK (npm botbuilder, pinned in
// deploy/local/package.json). It answers "hjælp"/"help" with the same Adaptive Card the bot under test answers with (the
// reply the benchmark captured from it), through the same connector stand-in; other text gets a short text. No
// storage: the SDK's own minimum, as a newcomer's bot would start.
// Usage: node peer-bot.cjs <node_modules folder> <port> <reply.json>
'use strict';
const path = require('path');
const http = require('http');
const fs = require('fs');

const [modules, port, replyFile] = process.argv.slice(2);
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler, TurnContext } = require(path.join(modules, 'botbuilder'));

// Without an app id the SDK accepts unauthenticated requests and calls the connector without a token, as the bot under
// test does in Development.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
adapter.onTurnError = async (context, error) => {
  console.error(error);
};

const help = JSON.parse(fs.readFileSync(replyFile, 'utf8'));
class PeerBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = (TurnContext.removeRecipientMention(context.activity) || '').trim().toLowerCase();
      if (text === 'hjælp' || text === 'help') {
        await context.sendActivity({ type: 'message', attachments: help.attachments });
      } else {
        await context.sendActivity('Skriv hjælp.');
      }
      await next();
    });
  }
}
const bot = new PeerBot();

// Node's own server with the few members of express' request and response that CloudAdapter.process uses.
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const request = { method: req.method, headers: req.headers, body };
    const response = {
      socket: res.socket,
      header: (name, value) => res.setHeader(name, value),
      status: (code) => { res.statusCode = code; },
      send: (payload) => {
        if (payload !== undefined) {
          const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
          res.setHeader('Content-Type', 'application/json');
          res.write(text);
        }
      },
      end: () => res.end(),
    };
    adapter.process(request, response, (context) => bot.run(context)).catch((e) => {
      console.error(e);
      if (!res.writableEnded) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
});
server.keepAliveTimeout = 60000;
server.listen(Number(port), '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
