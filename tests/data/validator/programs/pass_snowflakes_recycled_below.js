// Snowfall: flakes fall from above the top edge; flakes are pooled and reused once they leave the screen
class Snow extends Phaser.Scene {
  constructor() { super('snow'); }
  create() {
    const g = this.add.graphics().fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('flake', 8, 8);
    g.destroy();
    this.flakes = this.physics.add.group({ maxSize: 40 });
    this.fallen = 0;
    this.time.addEvent({ delay: 150, loop: true, callback: () => {
      const flake = this.flakes.get(Phaser.Math.Between(10, 630), -10, 'flake');
      if (!flake) return;
      flake.setActive(true).setVisible(true);
      flake.body.setVelocity(Phaser.Math.Between(-20, 20), Phaser.Math.Between(60, 120));
    } });
    this.label = this.add.text(10, 10, '', { fontSize: '16px', color: '#ffffff' });
  }
  update() {
    this.flakes.getChildren().forEach((f) => {
      if (f.active && f.y > 490) {
        this.flakes.killAndHide(f);
        f.body.stop();
        this.fallen++;
      }
    });
    this.label.setText('Flakes on screen: ' + this.flakes.countActive(true));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#0d1b2a', physics: { default: 'arcade' }, scene: Snow });
