// the level launches its HUD, but the HUD comes before it in the scene list: it is drawn under the level's opaque sky
class Boot extends Phaser.Scene {
  constructor() { super('boot'); }
  preload() {}
  create() { this.scene.start('level'); }
}

class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    this.label = this.add.text(16, 16, 'Distance: 0 m', { fontSize: '24px', color: '#ffffff' });
    this.scene.get('level').events.on('moved', (m) => this.label.setText('Distance: ' + m + ' m'));
  }
}

class Level extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 800, 600, 0x87ceeb);
    this.runner = this.add.rectangle(100, 500, 30, 40, 0x333333);
    this.meters = 0;
    this.scene.launch('hud');
    this.time.addEvent({ delay: 250, loop: true, callback: () => this.events.emit('moved', ++this.meters) });
  }
  update() { this.runner.x = 100 + (this.meters * 10) % 600; }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Boot, Hud, Level] });
