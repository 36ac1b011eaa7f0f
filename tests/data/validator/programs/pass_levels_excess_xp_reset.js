// XP and levels: click monsters to defeat them for XP (slime 30, wolf 60, ogre 150); each level needs level x 100 XP, excess XP carries over, and every level-up raises max HP by 10.
const MONSTERS = [
  { key: 'slime', x: 140, color: 0x66dd66, size: 36, xp: 30 },
  { key: 'wolf', x: 320, color: 0x999999, size: 48, xp: 60 },
  { key: 'ogre', x: 500, color: 0xcc7744, size: 72, xp: 150 }
];

function makeTextures(scene) {
  MONSTERS.forEach(m => {
    const g = scene.add.graphics();
    g.fillStyle(m.color).fillRoundedRect(0, 0, m.size, m.size, 8);
    g.generateTexture(m.key, m.size, m.size);
    g.destroy();
  });
}

function gainXp(scene, amount) {
  const hero = scene.hero;
  hero.xp += amount;
  while (hero.xp >= hero.level * 100) {
    hero.xp -= hero.level * 100;
    hero.level += 1;
    hero.maxHp += 10;
    hero.hp = hero.maxHp;
    const pop = scene.add.text(320, 120, 'LEVEL UP!', { fontSize: '32px', color: '#ffee55' }).setOrigin(0.5);
    scene.tweens.add({ targets: pop, y: 80, alpha: 0, duration: 900, onComplete: () => pop.destroy() });
  }
  drawHud(scene);
}

function drawHud(scene) {
  const hero = scene.hero;
  const need = hero.level * 100;
  scene.hudText.setText(`Lv ${hero.level}   HP ${hero.hp}/${hero.maxHp}   XP ${hero.xp}/${need}`);
  scene.xpBar.clear();
  scene.xpBar.fillStyle(0x333333).fillRect(20, 50, 300, 10);
  scene.xpBar.fillStyle(0x55ccff).fillRect(20, 50, 300 * hero.xp / need, 10);
}

const config = {
  type: Phaser.AUTO,
  width: 640,
  height: 360,
  backgroundColor: '#182018',
  scene: {
    create() {
      makeTextures(this);
      this.hero = { level: 1, xp: 0, hp: 50, maxHp: 50 };
      this.hudText = this.add.text(20, 20, '', { fontSize: '20px' });
      this.xpBar = this.add.graphics();

      MONSTERS.forEach(m => {
        const sprite = this.add.image(m.x, 240, m.key).setInteractive({ useHandCursor: true });
        sprite.setData('xp', m.xp);
        sprite.on('pointerdown', () => {
          sprite.disableInteractive();
          gainXp(this, sprite.getData('xp'));
          this.tweens.add({ targets: sprite, alpha: 0, scale: 0.5, duration: 200 });
          this.time.delayedCall(800, () => {
            sprite.setAlpha(1).setScale(1).setInteractive();
          });
        });
        this.add.text(m.x, 300, `${m.key} (${m.xp} XP)`, { fontSize: '14px' }).setOrigin(0.5);
      });
      drawHud(this);
    }
  }
};

new Phaser.Game(config);
