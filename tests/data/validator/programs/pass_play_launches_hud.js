// The play scene runs its HUD beside it with scene.launch('hud').
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  preload() {}
  create() {
    this.stars = this.add.group();
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.stars.add(this.add.star(Phaser.Math.Between(50, 750), 0, 5, 8, 16, 0xffee00)) });
    this.scene.launch('hud');
  }
  update() {
    this.stars.getChildren().forEach((s) => { s.y += 4; });
  }
}
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() { this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' }); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Play, Hud] });
