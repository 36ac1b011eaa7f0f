// The round ends after 8 seconds, and ending it crashes: only a run that reaches 8 s of game time sees it.
const ROUND_MS = 8000;
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload: preload, create: create, update: update }
};

let clock;
let results; // the results panel is never built

function preload() {}

function create() {
  clock = this.add.text(20, 20, '8', { fontSize: '32px', color: '#ffffff' });
  this.time.delayedCall(ROUND_MS, () => {
    results.show();
  });
}

function update(time) {
  clock.setText(String(Math.max(0, Math.ceil((ROUND_MS - time) / 1000))));
}

new Phaser.Game(config);
