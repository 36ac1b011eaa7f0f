// Achievement toast: after 5 clicks on the gem an "Achievement!" toast slides in from the top (UI scene)
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  create() {
    this.clicks = 0;
    this.scene.launch('ui');
    const gem = this.add.star(400, 300, 6, 30, 60, 0x00e5ff).setInteractive();
    gem.on('pointerdown', () => { this.clicks++; if (this.clicks === 5) this.game.events.emit('achievement', 'Five clicks'); });
  }
}
class Ui extends Phaser.Scene {
  constructor() { super('ui'); }
  create() {
    this.toast = this.add.text(400, -40, '', { fontSize: '24px', color: '#000', backgroundColor: '#ffd54f', padding: { x: 12, y: 6 } }).setOrigin(0.5);
    this.game.events.on('achievement', (name) => {
      this.toast.setText('Achievement! ' + name);
      this.tweens.add({ targets: this.toast, y: 40, duration: 300, yoyo: true, hold: 1500 });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f', scene: [Play, Ui] });
