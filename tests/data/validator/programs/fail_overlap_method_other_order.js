// overlap(bullets, boss, this.onHit): Arcade calls onHit(boss, bullet), so onHit(bullet, boss) hides the boss
class Boss extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffee00).fillRect(0, 0, 6, 14);
    g.generateTexture('shot', 6, 14);
    g.fillStyle(0xaa2222).fillRect(0, 0, 120, 60);
    g.generateTexture('boss', 120, 60);
    g.destroy();
    this.hp = 8;
    this.boss = this.physics.add.image(400, 120, 'boss').setImmovable(true);
    this.bullets = this.physics.add.group({ defaultKey: 'shot', maxSize: 20 });
    this.label = this.add.text(16, 16, 'Boss HP: 8', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 250, loop: true, callback: () => {
      const b = this.bullets.get(400, 560);
      if (b) b.enableBody(true, 400, 560, true, true).setVelocityY(-500);
    } });
    this.physics.add.overlap(this.bullets, this.boss, this.onHit, null, this);
  }

  onHit(bullet, boss) {
    bullet.disableBody(true, true);
    this.hp -= 1;
    this.label.setText('Boss HP: ' + this.hp);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Boss });
