// 跑酷：障碍越来越密（生成间隔每 2 秒缩短），撞到障碍就死，点击重新开始（难度回到开始）
class Run extends Phaser.Scene {
  constructor() { super('run'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x66bb6a).fillRect(0, 0, 24, 40).generateTexture('box', 24, 40).destroy();
    this.hero = this.add.rectangle(80, 300, 24, 24, 0xffca28);
    this.physics.add.existing(this.hero);
    this.rocks = this.physics.add.group({ allowGravity: false });
    this.physics.add.overlap(this.hero, this.rocks, () => this.die());
    this.spawnDelay = 1500;
    this.dead = false;
    this.spawnTimer = this.time.addEvent({ delay: this.spawnDelay, loop: true, callback: () => this.rocks.create(660, 300, 'box').setVelocityX(-260) });
    this.time.addEvent({ delay: 2000, loop: true, callback: () => {
      this.spawnDelay = Math.max(500, this.spawnDelay - 150);
      this.spawnTimer.delay = this.spawnDelay;
    } });
    this.input.on('pointerdown', () => { if (this.dead) this.scene.restart(); });
  }
  die() {
    if (this.dead) return;
    this.dead = true;
    this.physics.pause();
    this.add.text(320, 150, 'You died - click to restart', { fontSize: '22px', color: '#fff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#1b5e20', physics: { default: 'arcade' }, scene: Run });
