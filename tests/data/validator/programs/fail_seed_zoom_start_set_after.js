// 任务：实现场景缩放效果：场景开始时缩放，持续 2 秒。
const INTRO_ZOOM = 0.4;
const INTRO_MS = 2000;

class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x4caf50, 1);
    g.fillTriangle(0, 60, 30, 0, 60, 60);
    g.generateTexture('tree', 60, 60);
    g.clear();
    g.fillStyle(0xffeb3b, 1);
    g.fillCircle(20, 20, 20);
    g.generateTexture('sun', 40, 40);
    g.destroy();
  }

  create() {
    this.scene.start('World');
  }
}

class WorldScene extends Phaser.Scene {
  constructor() {
    super('World');
    this.introDone = false;
  }

  create() {
    this.buildWorld();
    this.playIntro();
    this.setupCamera();
  }

  buildWorld() {
    this.add.rectangle(400, 520, 800, 160, 0x2e7d32);
    this.add.image(680, 110, 'sun');
    for (let i = 0; i < 9; i++) {
      this.add.image(60 + i * 85, 430 - (i % 2) * 20, 'tree');
    }
    this.title = this.add.text(400, 260, '欢迎来到森林', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
    this.status = this.add.text(400, 320, '', { fontSize: '22px', color: '#ffffcc' }).setOrigin(0.5);
  }

  setupCamera() {
    const cam = this.cameras.main;
    cam.setBackgroundColor('#87ceeb');
    cam.setZoom(INTRO_ZOOM);
    cam.centerOn(400, 300);
  }

  playIntro() {
    const cam = this.cameras.main;
    this.status.setText('缩放中…');
    cam.zoomTo(1, INTRO_MS, 'Sine.easeInOut', false, (camera, progress) => {
      this.zoomProgress = progress;
      if (progress === 1 && !this.introDone) {
        this.introDone = true;
        this.status.setText('缩放完成');
      }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [BootScene, WorldScene]
});
