// Day/night cycle where one 24-hour day lasts 24 seconds: the sun and moon cross the sky, a dark overlay deepens toward midnight and clears by noon, stars show at night, and a HUD clock shows the time.
const DAY_MS = 24000;
const START_HOUR = 6;

class WorldScene extends Phaser.Scene {
  constructor() {
    super('world');
  }

  create() {
    this.sun = this.add.circle(0, 0, 34, 0xffd54f);
    this.moon = this.add.circle(0, 0, 24, 0xeceff1);
    this.add.ellipse(220, 520, 700, 260, 0x2e7d32);
    this.add.ellipse(640, 540, 600, 220, 0x388e3c);
    this.add.rectangle(560, 440, 90, 70, 0x8d6e63);
    this.windowLight = this.add.rectangle(560, 435, 26, 22, 0xffeb3b).setVisible(false);

    this.overlay = this.add.rectangle(400, 300, 800, 600, 0x0a0a2a).setAlpha(0);
    this.stars = this.add.graphics();
    this.stars.fillStyle(0xffffff, 1);
    for (let i = 0; i < 60; i++) {
      this.stars.fillCircle((i * 137) % 800, 20 + ((i * 71) % 250), (i % 3) + 1);
    }
    this.stars.setVisible(false);

    this.clock = START_HOUR * (DAY_MS / 24);
    this.registry.set('day', 1);
    this.scene.launch('hud');
  }

  update(time, delta) {
    const before = this.clock % DAY_MS;
    this.clock += delta;
    const t = (this.clock % DAY_MS) / DAY_MS;
    if (t * DAY_MS < before) this.registry.set('day', this.registry.get('day') + 1);

    const angle = (t - 0.25) * Math.PI * 2;
    this.sun.setPosition(400 - Math.cos(angle) * 330, 470 - Math.sin(angle) * 360);
    this.moon.setPosition(400 + Math.cos(angle) * 330, 470 + Math.sin(angle) * 360);

    this.darkness = (Math.cos(t * Math.PI) + 1) / 2;
    this.overlay.setAlpha(this.darkness * 0.75);
    this.stars.setVisible(this.darkness > 0.6);
    this.windowLight.setVisible(this.darkness > 0.5);
    this.cameras.main.setBackgroundColor(this.darkness > 0.5 ? 0x1a237e : 0x81d4fa);

    const minutes = Math.floor(t * 24 * 60);
    this.registry.set('hour', Math.floor(minutes / 60));
    this.registry.set('clock', String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0'));
  }
}

class HudScene extends Phaser.Scene {
  constructor() {
    super('hud');
  }

  create() {
    this.add.rectangle(90, 40, 160, 60, 0x000000, 0.45);
    this.clockText = this.add.text(90, 30, '--:--', { fontFamily: 'monospace', fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.dayText = this.add.text(90, 58, 'Day 1', { fontSize: '16px', color: '#ffe082' }).setOrigin(0.5);
    this.registry.events.on('changedata-clock', (parent, value) => this.clockText.setText(value));
    this.registry.events.on('changedata-day', (parent, value) => this.dayText.setText('Day ' + value));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#81d4fa',
  scene: [WorldScene, HudScene]
});
