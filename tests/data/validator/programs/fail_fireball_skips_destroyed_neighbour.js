// Fireball: press F to spend 4 MP and deal 5 damage to every enemy in the room; enemies whose HP drops to 0 are removed and each one gives 10 XP.
class ArenaScene extends Phaser.Scene {
  constructor() { super('Arena'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x9966cc).fillTriangle(0, 24, 16, 0, 32, 24);
    g.generateTexture('bat', 32, 24);
    g.clear().fillStyle(0x558833).fillRect(0, 0, 40, 48);
    g.generateTexture('orc', 40, 48);
    g.clear().fillStyle(0xffaa22).fillCircle(8, 8, 8);
    g.generateTexture('spark', 16, 16);
    g.destroy();
  }

  create() {
    this.mage = { mp: 12, xp: 0 };
    this.add.circle(320, 200, 14, 0x44aaff);
    this.enemies = this.add.group();
    const spawns = [
      ['bat', 140, 90, 5], ['bat', 500, 90, 5], ['bat', 140, 310, 5], ['bat', 500, 310, 5], ['orc', 320, 70, 12]
    ];
    spawns.forEach(([type, x, y, hp]) => {
      const e = this.enemies.create(x, y, type);
      e.setData('hp', hp);
      e.hpLabel = this.add.text(x, y + 30, `${hp}`, { fontSize: '14px' }).setOrigin(0.5);
      e.once('destroy', () => e.hpLabel.destroy());
    });
    this.sparks = this.add.particles(0, 0, 'spark', {
      speed: { min: 60, max: 180 }, lifespan: 400, scale: { start: 1, end: 0 }, emitting: false
    });
    this.hud = this.add.text(10, 10, '', { fontSize: '18px' });
    this.input.keyboard.on('keydown-F', () => this.castFireball());
    this.updateHud();
  }

  castFireball() {
    if (this.mage.mp < 4) return;
    this.mage.mp -= 4;
    this.enemies.getChildren().forEach(enemy => {
      const hp = Math.max(0, enemy.getData('hp') - 5);
      enemy.setData('hp', hp);
      enemy.hpLabel.setText(`${hp}`);
      this.sparks.explode(12, enemy.x, enemy.y);
      if (hp === 0) {
        enemy.destroy();
        this.mage.xp += 10;
      }
    });
    this.updateHud();
  }

  updateHud() {
    this.hud.setText(`MP ${this.mage.mp}/12   XP ${this.mage.xp}   Enemies left: ${this.enemies.getLength()}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 640,
  height: 400,
  backgroundColor: '#2a1a1a',
  scene: ArenaScene
});
