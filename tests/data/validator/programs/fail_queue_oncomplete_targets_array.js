// Restaurant queue: a guest joins the line every 2 seconds (up to 5) and walks to the next free spot; SPACE serves the guest who has reached the counter, the others step forward, and the served tally goes up.
const COUNTER_X = 640;
const SPOT_GAP = 90;
const MAX_LINE = 5;

function spotX(index) {
  return COUNTER_X - 70 - index * SPOT_GAP;
}

function walkTo(scene, guest, index) {
  guest.arrived = false;
  scene.tweens.add({
    targets: guest,
    x: spotX(index),
    duration: Math.max(200, Math.abs(guest.x - spotX(index)) * 2.5),
    ease: 'Sine.easeInOut',
    onComplete: (tween, guest) => { guest.arrived = true; }
  });
}

function addGuest(scene) {
  if (scene.line.length >= MAX_LINE) return;
  const tint = [0xff9f68, 0x7ec8e3, 0xc3a6ff, 0x9be89b][scene.arrivals % 4];
  const guest = scene.add.image(-40, 380, 'guest').setTint(tint);
  scene.arrivals += 1;
  scene.line.push(guest);
  walkTo(scene, guest, scene.line.length - 1);
}

function serveFront(scene) {
  const front = scene.line[0];
  if (!front || !front.arrived) return;
  scene.line.shift();
  scene.served += 1;
  scene.tallyText.setText('Served: ' + scene.served);
  scene.tweens.add({
    targets: front,
    x: 860,
    y: 300,
    alpha: 0,
    duration: 500,
    onComplete: () => front.destroy()
  });
  scene.line.forEach((guest, i) => walkTo(scene, guest, i));
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f3e9dc',
  scene: {
    key: 'Diner',
    preload() {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      g.fillStyle(0xffffff).fillCircle(24, 16, 14);
      g.fillRoundedRect(6, 30, 36, 46, 10);
      g.generateTexture('guest', 48, 80);
      g.destroy();
    },
    create() {
      this.line = [];
      this.served = 0;
      this.arrivals = 0;
      this.add.rectangle(0, 420, 800, 12, 0x8d6e63).setOrigin(0, 0);
      this.add.rectangle(COUNTER_X + 40, 360, 80, 130, 0x5d4037);
      this.add.text(COUNTER_X + 40, 280, 'COUNTER', { fontSize: '16px', color: '#5d4037' }).setOrigin(0.5);
      this.tallyText = this.add.text(20, 20, 'Served: 0', { fontSize: '28px', color: '#3e2723' });
      this.add.text(20, 560, 'SPACE: serve the guest at the counter', { fontSize: '20px', color: '#6d4c41' });

      this.time.addEvent({ delay: 2000, loop: true, callback: () => addGuest(this) });
      this.input.keyboard.on('keydown-SPACE', () => serveFront(this));
    }
  }
});
